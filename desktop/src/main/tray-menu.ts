import type { Language } from '@touchdesk/shared';
import { mainText } from './main-text.js';
import type { MenuItem } from './ports.js';

export interface TrayActions {
  showPanel(): void;
  setPaused(paused: boolean): void;
  quit(): void;
}

/** The tray's menu: the QR code (the panel), the pause switch with its state, and quit. */
export function trayMenu(language: Language, paused: boolean, actions: TrayActions): MenuItem[] {
  return [
    { label: mainText(language, 'showQr'), click: () => actions.showPanel() },
    { label: mainText(language, 'pause'), type: 'checkbox', checked: paused, click: () => actions.setPaused(!paused) },
    { type: 'separator' },
    { label: mainText(language, 'quit'), click: () => actions.quit() },
  ];
}

export function trayTooltip(language: Language, paused: boolean): string {
  return mainText(language, paused ? 'trayTipPaused' : 'trayTip');
}
