import type { GraphemeBoundaries } from '../text/graphemes.js';

/** What the desktop must do to turn the old text into the new: Backspaces, then typing. */
export interface TextEdit {
  /** Characters (grapheme clusters) to delete with Backspace, from the end of the old text. */
  readonly deletions: number;
  /** Typed after the deletions. */
  readonly insertion: string;
}

/**
 * The edit that turns `before` into `after` for a desktop whose caret sits at the end of
 * `before`.
 *
 * That is the model the keyboard keeps (TypingMirror): the phone's field holds what was typed
 * since the desktop's caret last moved some other way, so the desktop has exactly the field's
 * text just before its caret. Whatever the phone did (typed at the end, autocorrected a word,
 * pasted, committed an IME composition, or edited in the middle after the user moved the
 * field's caret), the desktop only needs to delete back to the first character that differs
 * and type the rest: Backspace and typing are the two things every application does the same
 * way, where arrow keys are not (autocomplete lists, wrapped lines). Where the phone's caret
 * ended up does not change what the desktop must hold, so the selection is not an input here.
 *
 * Both ends of the unchanged prefix are moved back to a boundary the two strings share, so a
 * changed emoji skin tone or a surrogate pair that differs in its second half is deleted and
 * typed whole, never half.
 */
export function diffText(before: string, after: string, boundaries: GraphemeBoundaries): TextEdit {
  if (before === after) return { deletions: 0, insertion: '' };
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix += 1;

  const oldEnds = boundaries(before);
  const newEnds = new Set(boundaries(after));
  let keep = 0;
  for (const end of oldEnds) {
    if (end > prefix) break;
    if (newEnds.has(end)) keep = end;
  }
  let deletions = 0;
  for (const end of oldEnds) {
    if (end > keep) deletions += 1;
  }
  return { deletions, insertion: after.slice(keep) };
}
