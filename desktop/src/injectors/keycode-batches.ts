/**
 * Which spare keycode types which keysym, and when: the plan behind the X11 text typer.
 *
 * An X client turns a keycode into a keysym with the mapping it holds when it handles the key
 * event, not with the mapping the server had when the event was sent. So a keycode may be
 * remapped only once the application has handled every earlier press of it. The plan groups
 * the keysyms into batches: within a batch no keycode is remapped after it was pressed, and
 * between two batches the typer waits until the application has caught up (a round trip
 * through it, see x11-focused-app.ts). Fewer batches mean fewer waits, so the keycodes are
 * given out as a cache with Belady's rule: when one must be taken back, take the one whose
 * keysym is needed again furthest in the future (or never).
 */

export interface KeyBinding {
  readonly keycode: number;
  readonly keysym: number;
}

export interface Batch {
  /** Mapping changes to make, all at once, before the taps. */
  readonly remap: readonly KeyBinding[];
  /** Keycodes to press and release, in order. */
  readonly taps: readonly number[];
}

export interface KeycodePool {
  /** Spare keycodes the typer may remap, with the keysym each holds now (0 for none). */
  readonly spare: ReadonlyMap<number, number>;
  /** Keysyms the layout has on a key of its own at level 1 (Return, Tab): pressed, never remapped. */
  readonly fixed: ReadonlyMap<number, number>;
}

/** Thrown when a keysym needs a spare keycode and there is none. */
export class NoSpareKeycodeError extends Error {}

export function planBatches(keysyms: readonly number[], pool: KeycodePool): Batch[] {
  const holding = new Map(pool.spare); // keycode → keysym
  const keycodeOf = new Map<number, number>(); // keysym → keycode
  for (const [keycode, keysym] of holding) if (keysym !== 0) keycodeOf.set(keysym, keycode);

  // nextUse[i]: the next position after i that needs the same keysym.
  const nextUse = new Array<number>(keysyms.length);
  const upcoming = new Map<number, number>(); // keysym → its next position not yet typed
  for (let i = keysyms.length - 1; i >= 0; i--) {
    const keysym = keysyms[i] as number;
    nextUse[i] = upcoming.get(keysym) ?? Infinity;
    upcoming.set(keysym, i);
  }

  const batches: Batch[] = [];
  let remap: KeyBinding[] = [];
  let taps: number[] = [];
  let pinned = new Set<number>();

  for (let i = 0; i < keysyms.length; i++) {
    const keysym = keysyms[i] as number;
    upcoming.set(keysym, nextUse[i] as number);
    const fixed = pool.fixed.get(keysym);
    if (fixed !== undefined) {
      taps.push(fixed);
      continue;
    }
    let keycode = keycodeOf.get(keysym);
    if (keycode === undefined) {
      keycode = evictable(holding, pinned, upcoming, pool.fixed);
      if (keycode === undefined) {
        if (holding.size === 0) throw new NoSpareKeycodeError('no spare keycode');
        // Every spare keycode has been pressed in this batch: the next batch starts here.
        batches.push({ remap, taps });
        remap = [];
        taps = [];
        pinned = new Set();
        keycode = evictable(holding, pinned, upcoming, pool.fixed) as number;
      }
      const previous = holding.get(keycode) ?? 0;
      if (previous !== 0) keycodeOf.delete(previous);
      holding.set(keycode, keysym);
      keycodeOf.set(keysym, keycode);
      remap.push({ keycode, keysym });
    }
    pinned.add(keycode);
    taps.push(keycode);
  }
  if (taps.length > 0 || remap.length > 0) batches.push({ remap, taps });
  return batches;
}

/** The unpinned keycode whose keysym is needed again last (an empty one first), if any. */
function evictable(
  holding: ReadonlyMap<number, number>,
  pinned: ReadonlySet<number>,
  upcoming: ReadonlyMap<number, number>,
  fixed: ReadonlyMap<number, number>,
): number | undefined {
  let best: number | undefined;
  let bestScore = -1;
  for (const [keycode, keysym] of holding) {
    if (pinned.has(keycode)) continue;
    // Empty beats "never again", which beats "needed later".
    // A keysym the layout has a key for is never typed from a spare keycode.
    const next = fixed.has(keysym) ? Infinity : (upcoming.get(keysym) ?? Infinity);
    const score = keysym === 0 ? Number.MAX_VALUE : next === Infinity ? Number.MAX_SAFE_INTEGER : next;
    if (score > bestScore) {
      best = keycode;
      bestScore = score;
    }
  }
  return best;
}
