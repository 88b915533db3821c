import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from './paths.js';

const RESULTS = join(repoRoot, 'test-results', 'screenshots');
const README_SHOTS = join(repoRoot, 'docs', 'screenshots');

/**
 * Every run keeps its screenshots in test-results/ to look at; the README's copies in
 * docs/screenshots/ change only when asked (TOUCHDESK_UPDATE_SCREENSHOTS=1), since each run's
 * QR code differs and the repository should not churn.
 */
export async function saveScreenshot(page: Page, name: string, options: { forReadme: boolean }): Promise<string> {
  await mkdir(RESULTS, { recursive: true });
  const file = join(RESULTS, `${name}.png`);
  await page.screenshot({ path: file, scale: 'css', fullPage: true });
  if (options.forReadme && process.env.TOUCHDESK_UPDATE_SCREENSHOTS === '1') {
    await mkdir(README_SHOTS, { recursive: true });
    await copyFile(file, join(README_SHOTS, `${name}.png`));
  }
  return file;
}
