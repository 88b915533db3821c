import type { NavigationPort } from './ports.js';

/**
 * The panel is one page of ours on loopback: its window never goes anywhere else, opens no
 * windows and embeds no webviews, so a link or a script in it cannot turn the window (and its
 * bridge to the desktop) into a browser for someone else's page. A reload of the panel itself
 * is the one navigation allowed.
 */
export function guardNavigation(contents: NavigationPort, panelUrl: () => string): void {
  const stayHome = (url: string, prevent: () => void) => {
    if (!isPanelPage(url, panelUrl())) prevent();
  };
  contents.onWillNavigate(stayHome);
  contents.onWillRedirect(stayHome);
  contents.onWillAttachWebview((prevent) => prevent());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Same origin and path as the panel's own address (its query carries the key and may stay). */
export function isPanelPage(url: string, panelUrl: string): boolean {
  try {
    const target = new URL(url);
    const panel = new URL(panelUrl);
    return target.origin === panel.origin && target.pathname === panel.pathname;
  } catch {
    return false;
  }
}
