import type { Locator, Page } from 'playwright-core';

/**
 * The phone page's controls by role and visible name, as a person (and a screen reader) finds
 * them. Tests never reach into the page's own objects: what it shows is what is asserted.
 */

/** The connection indicator; the words are the English ones from mobile-web's strings. */
export const INDICATOR = {
  connected: /^Connected/,
  reconnecting: /^Disconnected — reconnecting/,
} as const;

export async function waitForIndicator(page: Page, text: RegExp, timeoutMs = 10_000): Promise<void> {
  await page.getByRole('status').filter({ hasText: text }).first().waitFor({ timeout: timeoutMs });
}

export function trackpad(page: Page): Locator {
  return page.getByRole('application', { name: 'Trackpad' });
}

/** The sticky Ctrl toggle under the pad. */
export function ctrlToggle(page: Page): Locator {
  return page.getByRole('button', { name: 'Ctrl', exact: true });
}

export async function ctrlPressed(page: Page): Promise<boolean> {
  return (await ctrlToggle(page).getAttribute('aria-pressed')) === 'true';
}
