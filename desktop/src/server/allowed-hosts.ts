import { networkInterfaces } from 'node:os';

const WILDCARDS = new Set(['0.0.0.0', '::']);

function hostPort(address: string, port: number): string {
  return address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`;
}

/**
 * The Host headers a request to this server may carry. Anything else is a browser that was
 * pointed here under another name, the mark of a DNS-rebinding attack, and is refused.
 */
export function allowedHostsFor(bind: string, port: number): ReadonlySet<string> {
  const addresses = WILDCARDS.has(bind)
    ? Object.values(networkInterfaces()).flatMap((infos = []) => infos.map((info) => info.address))
    : [bind];
  const hosts = new Set(addresses.map((address) => hostPort(address, port)));
  if (addresses.includes('127.0.0.1') || addresses.includes('::1')) hosts.add(`localhost:${port}`);
  return hosts;
}
