import { describe, expect, it } from 'vitest';
import { parseHeadlessOptions, UsageError } from './options.js';

describe('parseHeadlessOptions', () => {
  it('reads every option', () => {
    expect(parseHeadlessOptions(['--port', '0', '--bind', '127.0.0.1', '--config-dir', '/tmp/td', '--json', '--dry-run'])).toEqual({
      port: 0,
      bind: '127.0.0.1',
      configDir: '/tmp/td',
      json: true,
      dryRun: true,
      help: false,
    });
  });

  it('leaves the port to the host when none is given', () => {
    expect(parseHeadlessOptions([]).port).toBeUndefined();
  });

  it.each([['--port', 'abc'], ['--port', '70000'], ['--port', '-1'], ['--colour'], ['stray']])('refuses %j', (...argv) => {
    expect(() => parseHeadlessOptions(argv)).toThrow(UsageError);
  });
});
