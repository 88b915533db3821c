import {
  type ControlMode,
  INJECTION_PROBLEM_TEXT,
  type InjectionStatus,
  type Language,
  type PanelControl,
  type PanelDevice,
  type PanelPhone,
  type PanelState,
  pickLanguage,
  type Translated,
} from '@touchdesk/shared';
import './panel.css';

const TEXT = {
  pairTitle: { en: 'Connect a phone', 'zh-CN': '连接手机' },
  pairHint: {
    en: 'Scan with the phone’s camera or WeChat. Phone and computer must be on the same Wi-Fi.',
    'zh-CN': '用手机相机或微信扫码。手机和电脑需连接同一 Wi-Fi。',
  },
  inputTitle: { en: 'Input', 'zh-CN': '输入' },
  inputReady: { en: 'Ready: phones can control this computer', 'zh-CN': '就绪：手机可以控制这台电脑' },
  phonesTitle: { en: 'Connected phones', 'zh-CN': '已连接的手机' },
  noPhones: { en: 'No phone connected yet', 'zh-CN': '尚未连接手机' },
  since: { en: 'since', 'zh-CN': '连接于' },
  live: { en: 'Live', 'zh-CN': '实时' },
  devicesTitle: { en: 'Paired phones', 'zh-CN': '已配对的手机' },
  noDevices: { en: 'No phone paired yet', 'zh-CN': '尚未配对手机' },
  lastSeen: { en: 'last seen', 'zh-CN': '最近使用' },
  online: { en: 'connected', 'zh-CN': '已连接' },
  revoke: { en: 'Remove', 'zh-CN': '移除' },
  revokeFailed: { en: 'Could not remove the phone. Try again.', 'zh-CN': '无法移除该手机，请重试。' },
  singleUse: {
    en: 'Works once, until {time}; then a new code appears.',
    'zh-CN': '仅可使用一次，有效至 {time}；之后会显示新的二维码。',
  },
  controlTitle: { en: 'Control', 'zh-CN': '控制' },
  running: { en: 'Phones can send input', 'zh-CN': '手机可以发送输入' },
  pausedNow: { en: 'Paused: no phone can control this computer', 'zh-CN': '已暂停：任何手机都无法控制这台电脑' },
  pause: { en: 'Pause control', 'zh-CN': '暂停控制' },
  resume: { en: 'Resume', 'zh-CN': '恢复' },
  pauseFailed: { en: 'Could not change the pause switch. Try again.', 'zh-CN': '无法切换暂停状态，请重试。' },
  modeLegend: { en: 'Several phones', 'zh-CN': '多部手机' },
  modeShared: { en: 'All control at once', 'zh-CN': '同时控制' },
  modeExclusive: { en: 'One at a time', 'zh-CN': '一次一部' },
  modeFailed: { en: 'Could not change who may control. Try again.', 'zh-CN': '无法更改控制方式，请重试。' },
  controller: { en: 'In control: {name}', 'zh-CN': '当前控制：{name}' },
  noController: { en: 'No phone is in control yet', 'zh-CN': '目前没有手机在控制' },
  inControl: { en: 'in control', 'zh-CN': '控制中' },
  settingsReset: {
    en: 'The settings could not be read and were kept as {path}. TouchDesk started with the default settings.',
    'zh-CN': '设置文件无法读取，已另存为 {path}。TouchDesk 已使用默认设置启动。',
  },
  lost: {
    en: 'Lost contact with TouchDesk. Is it still running?',
    'zh-CN': '与 TouchDesk 失去联系。它还在运行吗？',
  },
} satisfies Record<string, Translated>;

type TextKey = keyof typeof TEXT;

const language: Language = pickLanguage(navigator.languages);
const say = (key: TextKey): string => TEXT[key][language];

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The panel page lacks #${id}`);
  return element;
}

function renderInjection(status: InjectionStatus): void {
  const element = byId('injection');
  element.className = status.state;
  element.textContent = status.state === 'ready' ? say('inputReady') : INJECTION_PROBLEM_TEXT[status.problem][language];
  element.title = status.state === 'ready' ? status.backend : status.detail;
}

function phoneItem(phone: PanelPhone, control: PanelControl): HTMLLIElement {
  const item = document.createElement('li');
  const time = new Date(phone.connectedAt).toLocaleTimeString(language);
  const inControl = control.controller?.deviceId === phone.deviceId ? ` · ${say('inControl')}` : '';
  item.textContent = `${phone.deviceName} · ${phone.address} · ${say('since')} ${time}${inControl}`;
  return item;
}

function renderControl(state: PanelState): void {
  const pauseState = byId('pause-state');
  pauseState.className = state.paused ? 'paused' : 'running';
  pauseState.textContent = say(state.paused ? 'pausedNow' : 'running');
  const button = byId('pause') as HTMLButtonElement;
  button.textContent = say(state.paused ? 'resume' : 'pause');
  button.setAttribute('aria-pressed', String(state.paused));
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="control-mode"]')) {
    radio.checked = radio.value === state.control.mode;
  }
  const controller = byId('controller');
  controller.hidden = state.control.mode !== 'exclusive';
  controller.textContent = state.control.controller ? say('controller').replace('{name}', state.control.controller.name) : say('noController');
  const reset = byId('settings-reset');
  reset.hidden = !state.settingsReset;
  reset.textContent = state.settingsReset ? say('settingsReset').replace('{path}', state.settingsReset.keptAs) : '';
}

function deviceItem(device: PanelDevice, revoke: (id: string) => void): HTMLLIElement {
  const item = document.createElement('li');
  const label = document.createElement('span');
  const seen = device.connected ? say('online') : `${say('lastSeen')} ${new Date(device.lastSeen).toLocaleString(language)}`;
  label.textContent = `${device.name} · ${seen}`;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = say('revoke');
  button.setAttribute('aria-label', `${say('revoke')} ${device.name}`);
  button.addEventListener('click', () => revoke(device.id));
  item.append(label, button);
  return item;
}

function render(state: PanelState, revoke: (id: string) => void): void {
  byId('host-name').textContent = state.hostName;
  (byId('qr') as HTMLImageElement).src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(state.pairingQrSvg)}`;
  const link = byId('pairing-url') as HTMLAnchorElement;
  link.href = state.pairingUrl;
  link.textContent = state.pairingUrl;
  renderInjection(state.injection);
  renderControl(state);
  const expiry = new Date(state.pairingExpiresAt).toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' });
  byId('pairing-expiry').textContent = say('singleUse').replace('{time}', expiry);
  const phones = state.phones.map((phone) => phoneItem(phone, state.control));
  byId('phones').replaceChildren(...(phones.length ? phones : [emptyItem('noPhones')]));
  const devices = state.devices.map((device) => deviceItem(device, revoke));
  byId('devices').replaceChildren(...(devices.length ? devices : [emptyItem('noDevices')]));
}

function emptyItem(key: TextKey): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'muted';
  item.textContent = say(key);
  return item;
}

function start(): void {
  document.documentElement.lang = language;
  for (const element of document.querySelectorAll<HTMLElement>('[data-text]')) {
    element.textContent = say(element.dataset.text as TextKey);
  }
  // The key in the panel's address unlocks the state stream; the page passes it on, nothing more.
  const key = new URLSearchParams(location.search).get('key') ?? '';
  const events = new EventSource(`/api/events?key=${encodeURIComponent(key)}`);
  const connection = byId('connection');
  // Every action answers with the new state on the event stream; a refusal is shown here.
  const post = (path: string, failed: TextKey) => {
    void fetch(path, { method: 'POST', headers: { 'X-Panel-Key': key } }).then(
      (response) => {
        if (!response.ok) connection.textContent = say(failed);
      },
      () => (connection.textContent = say(failed)),
    );
  };
  const revoke = (deviceId: string) => post(`/api/revoke?device=${encodeURIComponent(deviceId)}`, 'revokeFailed');
  let paused = false;
  byId('pause').addEventListener('click', () => post(`/api/pause?paused=${paused ? '0' : '1'}`, 'pauseFailed'));
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="control-mode"]')) {
    radio.addEventListener('change', () => post(`/api/control-mode?mode=${radio.value as ControlMode}`, 'modeFailed'));
  }
  events.onmessage = (event: MessageEvent<string>) => {
    connection.textContent = say('live');
    const state = JSON.parse(event.data) as PanelState;
    paused = state.paused;
    render(state, revoke);
  };
  events.onerror = () => {
    connection.textContent = say('lost');
  };
}

start();
