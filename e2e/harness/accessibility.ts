import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/**
 * axe-core run inside a page. Its source goes in through the DevTools protocol
 * (page.evaluate), not as a <script> tag: the host's CSP allows no inline script, and a test
 * must not need the CSP loosened.
 */
const axeSource = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  /** CSS selectors of the offending elements. */
  readonly targets: readonly string[];
}

/** Violations of impact serious or critical in what the page shows now. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  const installed = await page.evaluate(() => 'axe' in window);
  if (!installed) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }));
  });
}
