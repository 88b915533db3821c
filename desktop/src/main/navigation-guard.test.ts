import { describe, expect, it } from 'vitest';
import { guardNavigation, isPanelPage } from './navigation-guard.js';
import type { NavigationPort } from './ports.js';

const PANEL = 'http://127.0.0.1:40111/?key=abc';

function fakeContents() {
  const listeners: { navigate?: (url: string, prevent: () => void) => void; redirect?: (url: string, prevent: () => void) => void; webview?: (prevent: () => void) => void; open?: (url: string) => { action: 'deny' } } = {};
  const contents: NavigationPort = {
    onWillNavigate: (listener) => (listeners.navigate = listener),
    onWillRedirect: (listener) => (listeners.redirect = listener),
    onWillAttachWebview: (listener) => (listeners.webview = listener),
    setWindowOpenHandler: (handler) => (listeners.open = handler),
  };
  guardNavigation(contents, () => PANEL);
  const prevented = (fire: (prevent: () => void) => void) => {
    let stopped = false;
    fire(() => (stopped = true));
    return stopped;
  };
  return { listeners, prevented };
}

describe('the panel window’s navigation', () => {
  it('stays on the panel: other pages, redirects, webviews and new windows are refused', () => {
    const { listeners, prevented } = fakeContents();
    expect(prevented((stop) => listeners.navigate?.('https://evil.example/', stop))).toBe(true);
    expect(prevented((stop) => listeners.navigate?.('http://127.0.0.1:40112/?key=abc', stop))).toBe(true);
    expect(prevented((stop) => listeners.navigate?.('file:///etc/passwd', stop))).toBe(true);
    expect(prevented((stop) => listeners.redirect?.('http://192.168.1.20:47800/', stop))).toBe(true);
    expect(prevented((stop) => listeners.webview?.(stop))).toBe(true);
    expect(listeners.open?.('https://example.com/')).toEqual({ action: 'deny' });
  });

  it('allows the panel to reload itself', () => {
    const { listeners, prevented } = fakeContents();
    expect(prevented((stop) => listeners.navigate?.(PANEL, stop))).toBe(false);
  });

  it('compares origin and path, not text', () => {
    expect(isPanelPage('http://127.0.0.1:40111/?key=other', PANEL)).toBe(true);
    expect(isPanelPage('http://127.0.0.1:40111/api/events', PANEL)).toBe(false);
    expect(isPanelPage('http://localhost:40111/', PANEL)).toBe(false);
    expect(isPanelPage('not a url', PANEL)).toBe(false);
  });
});
