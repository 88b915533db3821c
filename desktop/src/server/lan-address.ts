import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

/**
 * Interfaces a phone on the same Wi-Fi cannot reach: container bridges, VPN tunnels and
 * virtual machines' host-only networks. Matched by the names Linux, macOS and Windows give them.
 */
const UNREACHABLE_INTERFACE =
  /^(docker|br-|veth|virbr|vboxnet|vmnet|tun|tap|wg|utun|ipsec|ppp|zt|tailscale|lxc|lxd|cni|flannel|cali|podman|awdl|llw|anpi|bridge|gif|stf)|vEthernet|VirtualBox|VMware|Hyper-V|Loopback|ZeroTier|Tailscale|WireGuard|OpenVPN|TAP-/i;

/** Names that are usually the Wi-Fi or the Ethernet a phone shares with the desktop. */
const LIKELY_LAN_INTERFACE = /^(wl|wlan|wifi|en|eth|Wi-Fi|Ethernet|WLAN)/i;

export interface AddressCandidate {
  readonly interfaceName: string;
  readonly address: string;
}

function isPrivateIPv4(address: string): boolean {
  const [a = 0, b = 0] = address.split('.').map(Number);
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

function rank(candidate: AddressCandidate): number {
  let score = 0;
  if (isPrivateIPv4(candidate.address)) score += 2;
  if (LIKELY_LAN_INTERFACE.test(candidate.interfaceName)) score += 1;
  return score;
}

/**
 * The addresses a phone on the LAN can probably reach, best first: IPv4 (phones scanning a QR
 * code cope badly with IPv6 literals), not loopback or link-local, not a virtual interface.
 */
export function lanAddressCandidates(
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces(),
): AddressCandidate[] {
  const candidates: AddressCandidate[] = [];
  for (const [interfaceName, infos = []] of Object.entries(interfaces)) {
    if (UNREACHABLE_INTERFACE.test(interfaceName)) continue;
    for (const info of infos) {
      if (info.family !== 'IPv4' || info.internal || info.address.startsWith('169.254.')) continue;
      candidates.push({ interfaceName, address: info.address });
    }
  }
  return candidates.sort((left, right) => rank(right) - rank(left));
}

/**
 * The address to put in the QR code; loopback when the desktop has no LAN at all. The user's
 * `preferred` interface wins while it has an IPv4 address, even one the guess would skip (a
 * VPN the phone is on too); when it has none (unplugged, renamed) the guess takes over.
 */
export function pickLanAddress(interfaces?: NodeJS.Dict<NetworkInterfaceInfo[]>, preferred?: string | null): string {
  const chosen = preferred ? addressChoices(interfaces).find((choice) => choice.interfaceName === preferred) : undefined;
  return chosen?.address ?? lanAddressCandidates(interfaces)[0]?.address ?? '127.0.0.1';
}

/** Every IPv4 address outside loopback, for the user to choose from when the guess is wrong. */
export function addressChoices(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces()): AddressCandidate[] {
  return Object.entries(interfaces).flatMap(([interfaceName, infos = []]) =>
    infos.filter((info) => info.family === 'IPv4' && !info.internal).map((info) => ({ interfaceName, address: info.address })),
  );
}
