import type { Strings } from '../i18n/strings.js';
import { element } from './dom.js';
import { MODE_IDS, type ModeId } from './modes.js';

/**
 * The WAI-ARIA tabs pattern: one `tab` per mode, each controlling its `tabpanel`, with arrow
 * keys moving between tabs (roving tabindex). With one mode it is a single tab, but adding the
 * keyboard and presenter is then a matter of listing them in `MODE_IDS`.
 */
export function createModeTabs(
  strings: Strings,
  panelContent: Readonly<Record<ModeId, HTMLElement>>,
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

  const select = (index: number) => {
    tabs.forEach((tab, i) => {
      const selected = i === index;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      const panel = panels[i];
      if (panel !== undefined) panel.hidden = !selected;
    });
  };
  tabs.forEach((tab, index) => {
    tab.addEventListener('click', () => select(index));
    tab.addEventListener('keydown', (event) => {
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (step === 0) return;
      event.preventDefault();
      const next = (index + step + tabs.length) % tabs.length;
      select(next);
      tabs[next]?.focus();
    });
  });
  select(0);

  return {
    tablist: element('div', { role: 'tablist', class: 'tabs', 'aria-label': strings.modesLabel }, tabs),
    panels: element('main', { class: 'panels' }, panels),
  };
}
