import { LANGUAGE_CHOICES, type LanguageChoice, type PanelState, type SettingsChange } from '@touchdesk/shared';
import { byId } from './page.js';
import type { Outcome, PanelApi } from './panel-api.js';
import type { PanelLanguage } from './panel-text.js';

type Field = HTMLInputElement | HTMLSelectElement;

/**
 * The settings form. Each control saves on its own as soon as it changes, and the host applies
 * it at once; the form then shows what the host reports, so a refused value springs back.
 */
export class SettingsForm {
  private state: PanelState | undefined;
  private readonly form = byId<HTMLFormElement>('settings');

  constructor(
    private readonly text: PanelLanguage,
    private readonly api: PanelApi,
  ) {
    // Enter in the port field must not submit the form anywhere; a change saves it.
    this.form.addEventListener('submit', (event) => event.preventDefault());
    for (const field of this.form.querySelectorAll<Field>('input[name], select[name]')) {
      const change = this.changeFrom(field.name);
      if (change) field.addEventListener('change', () => void this.save(change()));
    }
  }

  render(state: PanelState): void {
    this.state = state;
    this.fill(state, false);
  }

  /** `force`: also the field the user is in, to undo a value the host refused. */
  private fill(state: PanelState, force: boolean): void {
    const { settings } = state;
    this.set('language', settings.language, force);
    this.set('port', settings.port === null ? '' : String(settings.port), force);
    this.renderInterfaces(state);
    this.set('pointerSpeed', String(settings.pointer.speed), force);
    this.set('acceleration', settings.pointer.acceleration, force);
    this.check('naturalScrolling', settings.naturalScrolling);
    this.check('preview', settings.preview);
    byId('port-hint').textContent = this.text.say('portHint', { port: state.port });
  }

  /** What changing the field named `name` asks of the host; undefined for fields saved elsewhere. */
  private changeFrom(name: string): (() => SettingsChange) | undefined {
    switch (name) {
      case 'language':
        return () => ({ language: languageChoice(this.value('language')) });
      case 'port':
        // Sent as typed: the host checks the range and says what is wrong.
        return () => ({ port: this.value('port') === '' ? null : Number(this.value('port')) });
      case 'networkInterface':
        return () => ({ networkInterface: this.value('networkInterface') || null });
      case 'pointerSpeed':
      case 'acceleration':
        return () => ({
          pointer: { speed: Number(this.value('pointerSpeed')), acceleration: this.value('acceleration') === 'flat' ? 'flat' : 'adaptive' },
        });
      case 'naturalScrolling':
      case 'preview':
        return () => ({ [name]: this.field<HTMLInputElement>(name).checked });
      default:
        return undefined;
    }
  }

  private async save(change: SettingsChange): Promise<void> {
    this.report(await this.api.changeSettings(change), change);
  }

  private report(outcome: Outcome, change: SettingsChange): void {
    const status = byId('settings-status');
    status.className = outcome.ok ? 'muted' : 'problem';
    if (outcome.ok) status.textContent = this.text.say('saved');
    else status.textContent = outcome.code ? this.text.say(outcome.code, { port: String(change.port) }) : this.text.say('settingsFailed');
    // The host's state is the truth: a refused value goes back to what is in force.
    if (!outcome.ok && this.state) this.fill(this.state, true);
  }

  private renderInterfaces({ networkChoices, settings }: PanelState): void {
    const select = this.field<HTMLSelectElement>('networkInterface');
    const options = [new Option(this.text.say('automatic'), '')];
    for (const choice of networkChoices) options.push(new Option(`${choice.interfaceName} · ${choice.address}`, choice.interfaceName));
    // A chosen interface that is gone for now (unplugged) stays chosen, and visible.
    const chosen = settings.networkInterface;
    if (chosen !== null && !networkChoices.some((choice) => choice.interfaceName === chosen)) options.push(new Option(chosen, chosen));
    select.replaceChildren(...options);
    select.value = chosen ?? '';
  }

  private field<T extends Field>(name: string): T {
    const field = this.form.elements.namedItem(name);
    if (!field) throw new Error(`The settings form lacks ${name}`);
    return field as T;
  }

  private value(name: string): string {
    return this.field(name).value;
  }

  /** Leaves alone a field the user is typing in, so a state pushed meanwhile does not undo the typing. */
  private set(name: string, value: string, force: boolean): void {
    const field = this.field(name);
    if (force || field !== document.activeElement || field instanceof HTMLSelectElement) field.value = value;
  }

  private check(name: string, checked: boolean): void {
    this.field<HTMLInputElement>(name).checked = checked;
  }
}

function languageChoice(value: string): LanguageChoice {
  return LANGUAGE_CHOICES.find((choice) => choice === value) ?? 'auto';
}
