import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { addressChoices, lanAddressCandidates, pickLanAddress } from './lan-address.js';

function ipv4(address: string, internal = false): NetworkInterfaceInfo {
  return { address, netmask: '255.255.255.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal, cidr: `${address}/24` };
}

function ipv6(address: string): NetworkInterfaceInfo {
  return { address, netmask: 'ffff:ffff:ffff:ffff::', family: 'IPv6', mac: '00:00:00:00:00:00', internal: false, cidr: `${address}/64`, scopeid: 0 };
}

describe('pickLanAddress', () => {
  it('prefers the Wi-Fi address over docker, VPN and loopback', () => {
    expect(
      pickLanAddress({
        lo: [ipv4('127.0.0.1', true)],
        docker0: [ipv4('172.17.0.1')],
        'br-1a2b': [ipv4('172.18.0.1')],
        tun0: [ipv4('10.8.0.2')],
        wg0: [ipv4('10.6.0.2')],
        tailscale0: [ipv4('100.101.102.103')],
        wlp2s0: [ipv6('fe80::1'), ipv4('192.168.1.23')],
      }),
    ).toBe('192.168.1.23');
  });

  it('prefers a private address on an Ethernet-looking interface', () => {
    expect(pickLanAddress({ enp3s0: [ipv4('10.0.0.5')], something: [ipv4('203.0.113.7')] })).toBe('10.0.0.5');
  });

  it('skips link-local addresses', () => {
    expect(lanAddressCandidates({ eth0: [ipv4('169.254.3.4')] })).toEqual([]);
  });

  it('recognises Windows and macOS virtual adapters', () => {
    expect(
      pickLanAddress({
        'vEthernet (WSL)': [ipv4('172.29.0.1')],
        'VirtualBox Host-Only Network': [ipv4('192.168.56.1')],
        utun3: [ipv4('10.9.0.1')],
        'Wi-Fi': [ipv4('192.168.0.42')],
      }),
    ).toBe('192.168.0.42');
  });

  it('falls back to loopback when there is no LAN at all', () => {
    expect(pickLanAddress({ lo: [ipv4('127.0.0.1', true)], docker0: [ipv4('172.17.0.1')] })).toBe('127.0.0.1');
  });
});

describe('the interface the user chose', () => {
  const interfaces = { lo: [ipv4('127.0.0.1', true)], wlan0: [ipv4('192.168.1.23')], tailscale0: [ipv4('100.101.102.103')] };

  it('wins over the guess, even when the guess would skip it', () => {
    expect(pickLanAddress(interfaces, 'tailscale0')).toBe('100.101.102.103');
  });

  it('gives way to the guess while it has no IPv4 address', () => {
    expect(pickLanAddress(interfaces, 'eth9')).toBe('192.168.1.23');
    expect(pickLanAddress({ ...interfaces, usb0: [ipv6('fe80::2')] }, 'usb0')).toBe('192.168.1.23');
  });

  it('is one of every IPv4 address outside loopback', () => {
    expect(addressChoices(interfaces)).toEqual([
      { interfaceName: 'wlan0', address: '192.168.1.23' },
      { interfaceName: 'tailscale0', address: '100.101.102.103' },
    ]);
  });
});
