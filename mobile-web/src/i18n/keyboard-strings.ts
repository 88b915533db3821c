import { MAX_FIELD_UNITS } from '../keyboard/field-limit.js';
import type { SpecialKey } from '../keyboard/key-tables.js';
import type { ShortcutId } from '../keyboard/shortcuts.js';

/**
 * The keyboard mode's words, a part of `Strings`. Key caps (Esc, ←, F5) are the same in every
 * language and live with the keys; these are what the caps mean, for screen readers, and
 * everything the mode says in sentences.
 */
export interface KeyboardStrings {
  /** The text field's accessible name. */
  readonly fieldLabel: string;
  readonly fieldPlaceholder: string;
  readonly specialKeysLabel: string;
  readonly functionKeysLabel: string;
  readonly shortcutsLabel: string;
  /** How the modifier row works; read with it by screen readers. */
  readonly modifierHint: string;
  /** Accessible names of the special keys (their caps are glyphs and abbreviations). */
  readonly keyNames: Readonly<Record<SpecialKey, string>>;
  readonly shortcuts: Readonly<Record<ShortcutId, string>>;
  /** The toggle that says the desktop is a Mac. */
  readonly macToggle: string;
  readonly macToggleHint: string;
  /** Opens the larger field for a block of text. */
  readonly pasteOpen: string;
  readonly pasteTitle: string;
  readonly pasteFieldLabel: string;
  readonly pasteLimit: string;
  readonly pasteSend: string;
  readonly pasteCancel: string;
}

export const keyboardEn: KeyboardStrings = {
  fieldLabel: 'Type on the desktop',
  fieldPlaceholder: 'Tap here and type: it appears on the desktop as you go',
  specialKeysLabel: 'Special keys',
  functionKeysLabel: 'Function keys',
  shortcutsLabel: 'Shortcuts',
  modifierHint: 'Tap a modifier for the next key only; double-tap or hold it to keep it held down.',
  keyNames: {
    // The cap's own word first: a spoken command names what the user sees (WCAG 2.5.3).
    Escape: 'Esc (Escape)',
    Tab: 'Tab',
    ArrowLeft: 'Left arrow',
    ArrowUp: 'Up arrow',
    ArrowDown: 'Down arrow',
    ArrowRight: 'Right arrow',
    Home: 'Home',
    End: 'End',
    PageUp: 'Page up',
    PageDown: 'Page down',
    Delete: 'Delete',
  },
  shortcuts: {
    copy: 'Copy',
    paste: 'Paste',
    cut: 'Cut',
    undo: 'Undo',
    redo: 'Redo',
    selectAll: 'Select all',
    switchWindow: 'Switch window',
  },
  macToggle: 'Mac',
  macToggleHint: 'The desktop is a Mac: shortcuts use Cmd instead of Ctrl.',
  pasteOpen: 'Send text…',
  pasteTitle: 'Send text',
  pasteFieldLabel: 'Text to send',
  pasteLimit: `Up to ${MAX_FIELD_UNITS} characters, typed into the window in front on the desktop.`,
  pasteSend: 'Send',
  pasteCancel: 'Cancel',
};

export const keyboardZhCN: KeyboardStrings = {
  fieldLabel: '在电脑上输入',
  fieldPlaceholder: '点按此处输入：文字会同步出现在电脑上',
  specialKeysLabel: '特殊键',
  functionKeysLabel: '功能键',
  shortcutsLabel: '快捷键',
  modifierHint: '轻点修饰键仅作用于下一个键；双击或长按可保持按住。',
  keyNames: {
    Escape: 'Esc 键',
    Tab: 'Tab 键',
    ArrowLeft: '左方向键',
    ArrowUp: '上方向键',
    ArrowDown: '下方向键',
    ArrowRight: '右方向键',
    Home: 'Home 键',
    End: 'End 键',
    PageUp: '向上翻页键',
    PageDown: '向下翻页键',
    Delete: '删除键',
  },
  shortcuts: {
    copy: '复制',
    paste: '粘贴',
    cut: '剪切',
    undo: '撤销',
    redo: '重做',
    selectAll: '全选',
    switchWindow: '切换窗口',
  },
  macToggle: 'Mac',
  macToggleHint: '电脑是 Mac：快捷键使用 Cmd 而不是 Ctrl。',
  pasteOpen: '发送文本…',
  pasteTitle: '发送文本',
  pasteFieldLabel: '要发送的文本',
  pasteLimit: `最多 ${MAX_FIELD_UNITS} 个字符，将输入到电脑最前面的窗口中。`,
  pasteSend: '发送',
  pasteCancel: '取消',
};
