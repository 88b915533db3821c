import { describe, expect, it } from 'vitest';
import { trayMenu, trayTooltip } from './tray-menu.js';

describe('the tray menu', () => {
  const calls: string[] = [];
  const actions = { showPanel: () => calls.push('show'), setPaused: (paused: boolean) => calls.push(`paused ${paused}`), quit: () => calls.push('quit') };

  it('offers the QR code, the pause switch and quit, and each does what it says', () => {
    const menu = trayMenu('en', false, actions);
    expect(menu.map((item) => item.label ?? item.type)).toEqual(['Show QR code', 'Pause control', 'separator', 'Quit TouchDesk']);
    expect(menu[1]).toMatchObject({ type: 'checkbox', checked: false });
    for (const item of menu) item.click?.();
    expect(calls).toEqual(['show', 'paused true', 'quit']);
  });

  it('shows pause as checked while paused, and a click resumes', () => {
    calls.length = 0;
    const menu = trayMenu('zh-CN', true, actions);
    expect(menu[1]).toMatchObject({ label: '暂停控制', checked: true });
    menu[1]?.click?.();
    expect(calls).toEqual(['paused false']);
    expect(trayTooltip('zh-CN', true)).toBe('TouchDesk：已暂停');
  });
});
