import { element } from '../ui/dom.js';
import { MAX_FIELD_UNITS } from './field-limit.js';
import type { MirrorField, TypingMirror } from './typing-mirror.js';

/**
 * The field the phone's own keyboard types into. A `<textarea>`, not `contenteditable`: its
 * value and selection are plain strings with UTF-16 offsets, which is what the mirror diffs,
 * and composition events are most consistent on form controls across iOS Safari (and the
 * WKWebView WeChat uses there), Android Chrome and Android's WebViews (WeChat's among them),
 * where `contenteditable` has long-standing IME bugs (doubled text, jumping carets) and fills
 * with markup (`<div>`, `<br>`, styled spans from pasted rich text) to normalise. A single-
 * line `<input>` would turn the return key into "Go" and hide the line breaks of a paste.
 *
 * No autocapitalisation: the field is emptied often, and each emptying would start a new
 * "sentence" in the middle of one. Autocorrect and suggestions stay on: they are why people
 * type on their own keyboard, and the mirror turns a correction into Backspaces and text.
 */
export function createTypeField(label: string, placeholder: string): HTMLTextAreaElement {
  return element('textarea', {
    class: 'type-field',
    'aria-label': label,
    placeholder,
    rows: '2',
    autocapitalize: 'off',
    autocomplete: 'off',
    maxlength: String(MAX_FIELD_UNITS),
  });
}

/** The field as the mirror changes it. */
export function mirrorFieldOf(field: HTMLTextAreaElement): MirrorField {
  return {
    clear: () => {
      field.value = '';
    },
  };
}

/** Feeds the field's events to the mirror. */
export function bindTypeField(field: HTMLTextAreaElement, mirror: TypingMirror): void {
  field.addEventListener('compositionstart', () => mirror.compositionStarted());
  field.addEventListener('compositionend', () => mirror.compositionEnded(field.value));
  field.addEventListener('input', (event) => {
    // Engines before InputEvent (old Android WebViews) send a plain Event: not composing.
    mirror.input(field.value, (event as Partial<InputEvent>).isComposing === true);
  });
  field.addEventListener('keydown', (event) => {
    const stroke = {
      key: event.key,
      code: event.code || '',
      keyCode: event.keyCode,
      isComposing: event.isComposing === true,
      ctrlKey: event.ctrlKey,
      altKey: event.altKey,
      metaKey: event.metaKey,
      shiftKey: event.shiftKey,
    };
    if (mirror.keyDown(stroke, field.value)) event.preventDefault();
  });
  field.addEventListener('focus', () => mirror.focused());
  field.addEventListener('blur', () => mirror.blurred(field.value));
}
