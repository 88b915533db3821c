/**
 * A cheap fingerprint of what the screen shows, to tell a slide change from a still screen
 * without encoding (or sending) anything: the thumbnail's brightness averaged over a coarse
 * grid. A new slide, a bullet appearing or a video playing moves many cells; a still screen
 * moves none (X captures carry no noise, and the cursor is not in them).
 */

export const SIGNATURE_COLUMNS = 64;
export const SIGNATURE_ROWS = 36;

/**
 * A cell must change by more than this (of 255) to count: enough to ignore JPEG-free rounding
 * of the averages, little enough that a line of text appearing in one cell counts.
 */
const CELL_TOLERANCE = 2;

/** The signature of an RGBA image (4 bytes a pixel, rows top to bottom). */
export function screenSignature(rgba: Uint8Array, width: number, height: number): Uint8Array {
  const sums = new Float64Array(SIGNATURE_COLUMNS * SIGNATURE_ROWS);
  const counts = new Uint32Array(SIGNATURE_COLUMNS * SIGNATURE_ROWS);
  for (let y = 0; y < height; y++) {
    const row = Math.min(SIGNATURE_ROWS - 1, Math.floor((y * SIGNATURE_ROWS) / height)) * SIGNATURE_COLUMNS;
    for (let x = 0; x < width; x++) {
      const cell = row + Math.min(SIGNATURE_COLUMNS - 1, Math.floor((x * SIGNATURE_COLUMNS) / width));
      const at = (y * width + x) * 4;
      // Rec. 601 luma in integers: green counts most, as the eye sees it.
      sums[cell] = (sums[cell] ?? 0) + ((rgba[at] ?? 0) * 299 + (rgba[at + 1] ?? 0) * 587 + (rgba[at + 2] ?? 0) * 114) / 1000;
      counts[cell] = (counts[cell] ?? 0) + 1;
    }
  }
  const signature = new Uint8Array(sums.length);
  for (let cell = 0; cell < sums.length; cell++) {
    const count = counts[cell] ?? 0;
    signature[cell] = count === 0 ? 0 : Math.round((sums[cell] ?? 0) / count);
  }
  return signature;
}

/** Whether the screen changed between two signatures; no earlier one means it did. */
export function screenChanged(before: Uint8Array | undefined, after: Uint8Array): boolean {
  if (before === undefined || before.length !== after.length) return true;
  for (let cell = 0; cell < after.length; cell++) {
    if (Math.abs((after[cell] ?? 0) - (before[cell] ?? 0)) > CELL_TOLERANCE) return true;
  }
  return false;
}
