import { describe, expect, it } from 'vitest';
import { waylandWarning } from './wayland-warning.js';

describe('the Wayland warning', () => {
  it('says what to do, in the user’s language, when the session is Wayland', () => {
    const status = { state: 'unavailable', problem: 'wayland-only', detail: 'Wayland' } as const;
    expect(waylandWarning(status, 'en')?.detail).toContain('X11 (Xorg) session');
    expect(waylandWarning(status, 'zh-CN')?.detail).toContain('X11（Xorg）会话');
  });

  it('stays silent when input works or fails for another reason', () => {
    expect(waylandWarning({ state: 'ready', backend: 'nut-js' }, 'en')).toBeUndefined();
    expect(waylandWarning({ state: 'unavailable', problem: 'no-display', detail: '' }, 'en')).toBeUndefined();
  });
});
