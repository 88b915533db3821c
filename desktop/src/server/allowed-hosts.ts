import type { NetworkInterfaceInfo } from 'node:os';

export const WILDCARD_ADDRESSES: ReadonlySet<string> = new Set(['0.0.0.0', '::']);

export type Interfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

export function hostPort(address: string, port: number): string {
  return address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`;
}

/**
 * The Host headers a request to this server may carry. Anything else is a browser that was
 * pointed here under another name, the mark of a DNS-rebinding attack, and is refused.
 * `interfaces` matters only when listening on all of them: then every address they have now.
 */
export function allowedHostsFor(bind: string, port: number, interfaces: Interfaces = {}): ReadonlySet<string> {
  const addresses = WILDCARD_ADDRESSES.has(bind)
    ? Object.values(interfaces).flatMap((infos = []) => infos.map((info) => info.address))
    : [bind];
  const hosts = new Set(addresses.map((address) => hostPort(address, port)));
  if (addresses.includes('127.0.0.1') || addresses.includes('::1')) hosts.add(`localhost:${port}`);
  return hosts;
}
