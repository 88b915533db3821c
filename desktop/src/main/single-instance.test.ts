import { describe, expect, it } from 'vitest';
import type { InstanceLockPort } from './ports.js';
import { claimSingleInstance } from './single-instance.js';

function fakeApp(lockFree: boolean) {
  const calls: string[] = [];
  let second: (() => void) | undefined;
  const app: InstanceLockPort = {
    requestSingleInstanceLock: () => lockFree,
    onSecondInstance: (listener) => (second = listener),
    quit: () => calls.push('quit'),
  };
  return { app, calls, startSecond: () => second?.() };
}

describe('claimSingleInstance', () => {
  it('lets the first copy run and shows its window when a second one starts', () => {
    const { app, calls, startSecond } = fakeApp(true);
    let shown = 0;
    expect(claimSingleInstance(app, () => shown++)).toBe(true);
    startSecond();
    expect(shown).toBe(1);
    expect(calls).toEqual([]);
  });

  it('quits a second copy at once', () => {
    const { app, calls } = fakeApp(false);
    expect(claimSingleInstance(app, () => undefined)).toBe(false);
    expect(calls).toEqual(['quit']);
  });
});
