import { networkInterfaces } from 'node:os';
import { allowedHostsFor, hostPort, type Interfaces, WILDCARD_ADDRESSES } from './allowed-hosts.js';
import { addressChoices, type AddressCandidate, pickLanAddress } from './lan-address.js';

/** Where the interfaces come from: the OS, or a test that changes them at will. */
export type InterfaceSource = () => Interfaces;

export interface NetworkWatcherOptions {
  /** The address listened on: a wildcard follows the interfaces, a named address stays put. */
  readonly bind: string;
  readonly port: number;
  readonly scheme: 'http' | 'https';
  /** `--public-url`: the origin phones use (a port forward, a reverse proxy) instead of ours. */
  readonly publicUrl?: URL | undefined;
  readonly interfaces?: InterfaceSource | undefined;
  /** The interface the user chose for the QR code (read at every refresh, so a change applies at once). */
  readonly preferredInterface?: (() => string | null) | undefined;
}

/**
 * The address in the QR code and the Host headers the phone server answers to, kept up to
 * date while the desktop moves between networks (a laptop that changes Wi-Fi, a DHCP renewal).
 * Node tells nobody when an interface changes, so it polls; reading the interfaces is cheap.
 */
export class NetworkWatcher {
  private readonly source: InterfaceSource;
  private hosts: ReadonlySet<string> = new Set();
  private advertised = '';
  private timer: NodeJS.Timeout | undefined;
  private currentPort: number;

  constructor(private readonly options: NetworkWatcherOptions) {
    this.source = options.interfaces ?? networkInterfaces;
    this.currentPort = options.port;
    this.refresh();
  }

  /** The phone server moved to another port: URLs and allowed Host headers follow. */
  set port(port: number) {
    this.currentPort = port;
    this.refresh();
  }

  /** The addresses the user may choose from for the QR code. */
  get choices(): AddressCandidate[] {
    return addressChoices(this.source());
  }

  /** The address phones are sent to. */
  get address(): string {
    return this.advertised;
  }

  /** What the QR code's URL starts with, e.g. `http://192.168.1.20:47800`. */
  get origin(): string {
    const { publicUrl, scheme } = this.options;
    const port = this.currentPort;
    return publicUrl ? publicUrl.origin : `${scheme}://${hostPort(this.advertised, port)}`;
  }

  isAllowedHost(host: string): boolean {
    return this.hosts.has(host);
  }

  /** Reads the interfaces again; true when the advertised address changed. */
  refresh(): boolean {
    const { bind, publicUrl } = this.options;
    const port = this.currentPort;
    const interfaces = WILDCARD_ADDRESSES.has(bind) ? this.source() : {};
    const hosts = new Set(allowedHostsFor(bind, port, interfaces));
    // Exactly the public URL's host[:port], as a browser sends it; nothing looser.
    if (publicUrl) hosts.add(publicUrl.host);
    this.hosts = hosts;
    const previous = this.advertised;
    this.advertised = publicUrl ? publicUrl.hostname : WILDCARD_ADDRESSES.has(bind) ? pickLanAddress(interfaces, this.options.preferredInterface?.()) : bind;
    return previous !== '' && previous !== this.advertised;
  }

  /** Polls every `intervalMs` while listening on all interfaces; `onChange` when the address moved. */
  start(intervalMs: number, onChange: () => void): void {
    if (!WILDCARD_ADDRESSES.has(this.options.bind)) return;
    this.timer = setInterval(() => {
      if (this.refresh()) onChange();
    }, intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
