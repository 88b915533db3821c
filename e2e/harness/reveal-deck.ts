import type { Page } from 'playwright-core';
import { repoRoot } from './paths.js';
import { serveStatic, type StaticServer } from './static-server.js';

/**
 * The reveal.js deck of e2e/fixtures/reveal-deck.html, with reveal.js from the npm package: the
 * server's root is the repository, so the deck loads /node_modules/reveal.js/dist/ as a user's
 * deck loads its copy.
 */

export const REVEAL_DECK_PAGE = 'e2e/fixtures/reveal-deck.html';

export interface DeckServer extends StaticServer {
  /** The deck's full URL. */
  readonly deckUrl: string;
}

export async function serveRevealDeck(): Promise<DeckServer> {
  const server = await serveStatic(repoRoot);
  return { ...server, deckUrl: server.url + REVEAL_DECK_PAGE };
}

/** What the deck itself reports: the slide shown (from 0) and whether it is paused behind black. */
export interface DeckState {
  readonly slide: number;
  readonly paused: boolean;
}

interface RevealApi {
  isReady(): boolean;
  getIndices(): { h: number };
  isPaused(): boolean;
  slide(h: number): void;
  togglePause(pause: boolean): void;
}

export function deckState(page: Page): Promise<DeckState> {
  return page.evaluate(() => {
    const reveal = (window as unknown as { Reveal: RevealApi }).Reveal;
    return { slide: reveal.getIndices().h, paused: reveal.isPaused() };
  });
}

export async function waitForDeck(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { Reveal?: RevealApi }).Reveal?.isReady() === true, undefined, { timeout: 10_000 });
}

/** Back to slide 1, not paused: each test starts from the same deck. */
export async function resetDeck(page: Page): Promise<void> {
  await page.evaluate(() => {
    const reveal = (window as unknown as { Reveal: RevealApi }).Reveal;
    reveal.togglePause(false);
    reveal.slide(0);
  });
}
