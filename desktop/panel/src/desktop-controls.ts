import { DESKTOP_BRIDGE_GLOBAL, type DesktopBridge, type PanelState } from '@touchdesk/shared';
import { byId } from './page.js';
import type { PanelLanguage } from './panel-text.js';

/**
 * Controls only the desktop app can carry out (its preload exposes them as a bridge): start at
 * login, and the button to the macOS Accessibility pane. In a plain browser there is no bridge,
 * and they stay hidden rather than offer what cannot be done.
 */
export class DesktopControls {
  private readonly bridge = (window as unknown as Record<string, DesktopBridge | undefined>)[DESKTOP_BRIDGE_GLOBAL];

  constructor(private readonly text: PanelLanguage) {
    const bridge = this.bridge;
    if (!bridge) return;
    const row = byId('start-at-login-row');
    const box = row.querySelector<HTMLInputElement>('input')!;
    row.hidden = false;
    void bridge.startsAtLogin().then((on) => (box.checked = on));
    box.addEventListener('change', () => {
      void bridge.setStartAtLogin(box.checked).then(
        (on) => this.report(on === box.checked, () => (box.checked = on)),
        () => this.report(false, () => (box.checked = !box.checked)),
      );
    });
    byId('open-accessibility').addEventListener('click', () => void bridge.openAccessibilitySettings());
  }

  render({ injection }: PanelState): void {
    byId('open-accessibility').hidden = !this.bridge || injection.state !== 'unavailable' || injection.problem !== 'permission-missing';
  }

  private report(saved: boolean, restore: () => void): void {
    const status = byId('settings-status');
    status.className = saved ? 'muted' : 'problem';
    status.textContent = this.text.say(saved ? 'saved' : 'settingsFailed');
    if (!saved) restore();
  }
}
