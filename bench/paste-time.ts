import type { Page } from 'playwright-core';
import { X11TextTyper } from '../desktop/src/injectors/x11-text-typer.js';
import { BILINGUAL_PASTE } from '../e2e/harness/bilingual-paste.js';
import { resetTarget, targetState } from '../e2e/harness/target-page.js';
import { waitFor } from '../e2e/harness/wait.js';

/**
 * The host's X11 text typer pasting 1,000 characters of English and Chinese into the desktop
 * window's focused textarea: from the call to the whole text being there, exactly.
 */
export async function pasteMs(display: string, desktop: Page, runs: number): Promise<number[]> {
  const typer = new X11TextTyper({ display });
  const times: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      await resetTarget(desktop);
      const start = performance.now();
      await typer.typeText(BILINGUAL_PASTE);
      await waitFor(async () => ((await targetState(desktop)).text === BILINGUAL_PASTE ? true : undefined), {
        timeoutMs: 10_000,
        intervalMs: 5,
        describe: () => 'the pasted text to arrive exactly in the desktop textarea',
      });
      times.push(performance.now() - start);
    }
  } finally {
    await typer.close();
  }
  return times;
}
