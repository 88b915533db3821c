import type { Strings } from '../i18n/strings.js';
import { element } from './dom.js';
import { MODE_IDS, type ModeId } from './modes.js';

/**
 * A mode became the visible one. `byPointer`: a finger or mouse chose it, not the arrow keys,
 * so the mode may move the focus into itself (the keyboard raises the phone's keyboard).
 */
export type ModeSelected = (mode: ModeId, byPointer: boolean) => void;

/**
 * The WAI-ARIA tabs pattern: one `tab` per mode, each controlling its `tabpanel`, with arrow
 * keys moving between tabs (roving tabindex). Adding a mode is a matter of listing it in
 * `MODE_IDS`.
 */
export function createModeTabs(
  strings: Strings,
  panelContent: Readonly<Record<ModeId, HTMLElement>>,
  selected: ModeSelected = () => {},
): { tablist: HTMLElement; panels: HTMLElement } {
  const tabs: HTMLButtonElement[] = [];
  const panels: HTMLElement[] = [];
  for (const mode of MODE_IDS) {
    const tab = element('button', {
      type: 'button',
      role: 'tab',
      id: `tab-${mode}`,
      class: 'tab',
      'aria-controls': `panel-${mode}`,
    }, [strings.modes[mode]]);
    const panel = element('section', {
      role: 'tabpanel',
      id: `panel-${mode}`,
      class: 'panel',
      'aria-labelledby': tab.id,
    }, [panelContent[mode]]);
    tabs.push(tab);
    panels.push(panel);
  }

  // The first tab is shown from the start; only a change is news.
  let current = 0;
  const select = (index: number, byPointer: boolean) => {
    tabs.forEach((tab, i) => {
      const isSelected = i === index;
      tab.setAttribute('aria-selected', String(isSelected));
      tab.tabIndex = isSelected ? 0 : -1;
      const panel = panels[i];
      if (panel !== undefined) panel.hidden = !isSelected;
    });
    const mode = MODE_IDS[index];
    if (mode !== undefined && (index !== current || byPointer)) selected(mode, byPointer);
    current = index;
  };
  tabs.forEach((tab, index) => {
    // `detail` counts the clicks of a pointer; a click made with Enter or Space has none.
    tab.addEventListener('click', (event) => select(index, event.detail > 0));
    tab.addEventListener('keydown', (event) => {
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (step === 0) return;
      event.preventDefault();
      const next = (index + step + tabs.length) % tabs.length;
      select(next, false);
      tabs[next]?.focus();
    });
  });
  select(0, false);

  return {
    tablist: element('div', { role: 'tablist', class: 'tabs', 'aria-label': strings.modesLabel }, tabs),
    panels: element('main', { class: 'panels' }, panels),
  };
}
