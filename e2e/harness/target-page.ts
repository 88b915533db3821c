import type { Page } from 'playwright-core';

/**
 * Typed access to e2e/fixtures/target.html, the desktop application the tests act on.
 * The page keeps its own record of events, so an assertion reads what the application
 * received rather than what the host says it sent.
 */

export const TARGET_PAGE = 'target.html';

export interface TargetEvent {
  readonly type: string;
  /** performance.now() in the page, rounded to ms. */
  readonly t: number;
  /** The element's id, or its node name when it has none. */
  readonly target: string;
  readonly x?: number;
  readonly y?: number;
  readonly screenX?: number;
  readonly screenY?: number;
  readonly button?: number;
  readonly buttons?: number;
  readonly deltaX?: number;
  readonly deltaY?: number;
  readonly deltaMode?: number;
  readonly key?: string;
  readonly code?: string;
  readonly repeat?: boolean;
  readonly inputType?: string;
  readonly data?: string | null;
  readonly ctrlKey?: boolean;
  readonly shiftKey?: boolean;
  readonly altKey?: boolean;
  readonly metaKey?: boolean;
}

export interface TargetState {
  readonly clicks: number;
  readonly rightClicks: number;
  readonly menuOpen: boolean;
  readonly scrollX: number;
  readonly scrollY: number;
  readonly text: string;
  /** id of document.activeElement. */
  readonly focused: string | null;
}

declare global {
  interface Window {
    __events: TargetEvent[];
    __state(): TargetState;
    __reset(): void;
  }
}

export function targetEvents(page: Page): Promise<TargetEvent[]> {
  return page.evaluate(() => window.__events);
}

export function targetState(page: Page): Promise<TargetState> {
  return page.evaluate(() => window.__state());
}

/** Between tests sharing one window: counters, events, text, menu and scroll back to the start. */
export function resetTarget(page: Page): Promise<void> {
  return page.evaluate(() => window.__reset());
}

/** Puts an image in the page's top-right corner (cleared by resetTarget), e.g. a QR code to read back. */
export async function showImage(page: Page, src: string): Promise<void> {
  await page.evaluate(async (url) => {
    const img = document.createElement('img');
    img.src = url;
    img.id = 'shown-image';
    document.getElementById('overlay')?.replaceChildren(img);
    await img.decode();
  }, src);
}
