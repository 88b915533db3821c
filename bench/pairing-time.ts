import type { Page } from 'playwright-core';
import { INDICATOR, trackpad, waitForIndicator } from '../e2e/harness/phone-page.js';
import { pointIn, touchEnd, touchMove, touchStart } from '../e2e/harness/touch.js';
import { sleep } from '../e2e/harness/wait.js';
import { movePointer } from '../e2e/harness/x-readback.js';
import { POINTER_HOME } from './strokes.js';
import type { XPointerWatcher } from './x-pointer-watcher.js';

/**
 * A first-time user: from opening the pairing URL (the QR code's) on a fresh phone to the
 * desktop pointer's first move. The page loads, pairs and connects; the finger starts moving
 * as soon as the page says it is connected, one step a frame, until X shows the pointer moved.
 */
export async function pairingToFirstMoveMs(page: Page, pairingUrl: string, display: string, pointer: XPointerWatcher): Promise<number> {
  await movePointer(display, POINTER_HOME.x, POINTER_HOME.y);
  const start = performance.now();
  await page.goto(pairingUrl);
  await waitForIndicator(page, INDICATOR.connected);
  const from = await pointIn(trackpad(page), { x: 60, y: 300 });
  await touchStart(page, [from]);
  for (let x = from.x; ; x += 4) {
    if (performance.now() - start > 20_000) throw new Error('the pointer did not move within 20 s of opening the pairing URL');
    void touchMove(page, [{ x, y: from.y }]);
    const at = await pointer.position();
    if (at.x !== POINTER_HOME.x || at.y !== POINTER_HOME.y) {
      const elapsed = performance.now() - start;
      await touchEnd(page);
      return elapsed;
    }
    await sleep(1000 / 60);
  }
}
