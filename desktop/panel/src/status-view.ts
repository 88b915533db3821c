import { INJECTION_PROBLEM_TEXT, type PanelControl, type PanelDevice, type PanelPhone, type PanelState } from '@touchdesk/shared';
import { byId } from './page.js';
import type { PanelLanguage, TextKey } from './panel-text.js';

/** Draws what the host reports: the QR code, whether input works, who is connected and paired. */
export class StatusView {
  constructor(
    private readonly text: PanelLanguage,
    private readonly revoke: (deviceId: string) => void,
  ) {}

  render(state: PanelState): void {
    const { language } = this.text;
    byId('host-name').textContent = state.hostName;
    byId<HTMLImageElement>('qr').src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(state.pairingQrSvg)}`;
    const link = byId<HTMLAnchorElement>('pairing-url');
    link.href = state.pairingUrl;
    link.textContent = state.pairingUrl;
    const expiry = new Date(state.pairingExpiresAt).toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' });
    byId('pairing-expiry').textContent = this.text.say('singleUse', { time: expiry });
    this.renderInjection(state);
    this.renderControl(state);
    const phones = state.phones.map((phone) => this.phoneItem(phone, state.control));
    byId('phones').replaceChildren(...(phones.length ? phones : [this.emptyItem('noPhones')]));
    const devices = state.devices.map((device) => this.deviceItem(device));
    byId('devices').replaceChildren(...(devices.length ? devices : [this.emptyItem('noDevices')]));
  }

  private renderInjection({ injection }: PanelState): void {
    const element = byId('injection');
    element.className = injection.state;
    element.textContent = injection.state === 'ready' ? this.text.say('inputReady') : INJECTION_PROBLEM_TEXT[injection.problem][this.text.language];
    element.title = injection.state === 'ready' ? injection.backend : injection.detail;
  }

  private renderControl(state: PanelState): void {
    const pauseState = byId('pause-state');
    pauseState.className = state.paused ? 'paused' : 'running';
    pauseState.textContent = this.text.say(state.paused ? 'pausedNow' : 'running');
    const button = byId('pause');
    button.textContent = this.text.say(state.paused ? 'resume' : 'pause');
    button.setAttribute('aria-pressed', String(state.paused));
    for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="control-mode"]')) {
      radio.checked = radio.value === state.control.mode;
    }
    const controller = byId('controller');
    controller.hidden = state.control.mode !== 'exclusive';
    controller.textContent = state.control.controller ? this.text.say('controller', { name: state.control.controller.name }) : this.text.say('noController');
    const reset = byId('settings-reset');
    reset.hidden = !state.settingsReset;
    reset.textContent = state.settingsReset ? this.text.say('settingsReset', { path: state.settingsReset.keptAs }) : '';
  }

  private phoneItem(phone: PanelPhone, control: PanelControl): HTMLLIElement {
    const item = document.createElement('li');
    const time = new Date(phone.connectedAt).toLocaleTimeString(this.text.language);
    const inControl = control.controller?.deviceId === phone.deviceId ? ` · ${this.text.say('inControl')}` : '';
    item.textContent = `${phone.deviceName} · ${phone.address} · ${this.text.say('since')} ${time}${inControl}`;
    return item;
  }

  private deviceItem(device: PanelDevice): HTMLLIElement {
    const item = document.createElement('li');
    const label = document.createElement('span');
    const seen = device.connected ? this.text.say('online') : `${this.text.say('lastSeen')} ${new Date(device.lastSeen).toLocaleString(this.text.language)}`;
    label.textContent = `${device.name} · ${seen}`;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = this.text.say('revoke');
    button.setAttribute('aria-label', `${this.text.say('revoke')} ${device.name}`);
    button.addEventListener('click', () => this.revoke(device.id));
    item.append(label, button);
    return item;
  }

  private emptyItem(key: TextKey): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'muted';
    item.textContent = this.text.say(key);
    return item;
  }
}
