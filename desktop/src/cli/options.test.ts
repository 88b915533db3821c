import { describe, expect, it } from 'vitest';
import { parseHeadlessOptions, UsageError } from './options.js';

describe('parseHeadlessOptions', () => {
  it('reads every option', () => {
    expect(parseHeadlessOptions(['--port', '0', '--bind', '127.0.0.1', '--config-dir', '/tmp/td', '--json', '--dry-run'])).toEqual({
      port: 0,
      bind: '127.0.0.1',
      publicUrl: undefined,
      configDir: '/tmp/td',
      tls: { mode: 'off' },
      json: true,
      dryRun: true,
      help: false,
    });
  });

  it('leaves the port to the host when none is given', () => {
    expect(parseHeadlessOptions([]).port).toBeUndefined();
  });

  it('takes a public origin for port forwards and proxies', () => {
    expect(parseHeadlessOptions(['--public-url', 'https://Desk.example.net:8443/']).publicUrl).toBe('https://desk.example.net:8443');
  });

  it.each([['ftp://desk.example.net'], ['https://desk.example.net/touchdesk'], ['https://desk.example.net/?a=1'], ['desk.example.net']])(
    'refuses --public-url %s',
    (url) => {
      expect(() => parseHeadlessOptions(['--public-url', url])).toThrow(UsageError);
    },
  );

  it('serves over https with a generated certificate on --tls', () => {
    expect(parseHeadlessOptions(['--tls']).tls).toEqual({ mode: 'self-signed' });
  });

  it('serves over https with the given certificate and key', () => {
    expect(parseHeadlessOptions(['--tls-cert', 'cert.pem', '--tls-key', 'key.pem']).tls).toEqual({
      mode: 'files',
      certFile: 'cert.pem',
      keyFile: 'key.pem',
    });
  });

  it.each([
    [['--tls-cert', 'cert.pem'], 'go together'],
    [['--tls-key', 'key.pem'], 'go together'],
    [['--tls', '--tls-cert', 'cert.pem', '--tls-key', 'key.pem'], 'not both'],
    [['--tls', '--tls-key', 'key.pem'], 'not both'],
    [['--tls-cert'], 'argument missing'],
  ])('refuses the TLS options %j', (argv, message) => {
    expect(() => parseHeadlessOptions(argv)).toThrow(UsageError);
    expect(() => parseHeadlessOptions(argv)).toThrow(message);
  });

  it.each([['--port', 'abc'], ['--port', '70000'], ['--port', '-1'], ['--colour'], ['stray']])('refuses %j', (...argv) => {
    expect(() => parseHeadlessOptions(argv)).toThrow(UsageError);
  });
});
