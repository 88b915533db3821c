import type { Page } from 'playwright-core';

/**
 * Events a page received, timed by the page itself (its performance.now()) in the capture
 * phase, before the page's own handlers run. On the phone page this is where a touch or a
 * keystroke enters our code, so latency counted from here is what TouchDesk adds (the
 * browser's own input pipeline comes before it); on the desktop window it is where an
 * injected click or character arrives in an application.
 */
export interface PageEvent {
  readonly type: string;
  readonly pageTime: number;
  /** clientX and clientY of the finger (touch events) or of the mouse (mouse events); 0 for others. */
  readonly x: number;
  readonly y: number;
}

declare global {
  interface Window {
    __benchEvents?: PageEvent[];
    __benchListening?: string[];
  }
}

/** Starts a fresh record of `types` on the page; listeners are installed once per page. */
export async function recordEvents(page: Page, types: readonly string[]): Promise<void> {
  await page.evaluate((wanted) => {
    const listening = (window.__benchListening ??= []);
    for (const type of wanted.filter((name) => !listening.includes(name))) {
      listening.push(type);
      addEventListener(
        type,
        (event) => {
          const touch = 'changedTouches' in event ? (event as TouchEvent).changedTouches[0] : undefined;
          const x = touch?.clientX ?? ('clientX' in event ? (event as MouseEvent).clientX : 0);
          const y = touch?.clientY ?? ('clientY' in event ? (event as MouseEvent).clientY : 0);
          window.__benchEvents?.push({ type, pageTime: performance.now(), x, y });
        },
        { capture: true, passive: true },
      );
    }
    window.__benchEvents = [];
  }, types);
}

export async function recordedEvents(page: Page, type: string): Promise<PageEvent[]> {
  const events = await page.evaluate(() => window.__benchEvents ?? []);
  return events.filter((event) => event.type === type);
}
