import {
  INJECTION_PROBLEM_TEXT,
  type InjectionStatus,
  type Language,
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

function phoneItem(phone: PanelPhone): HTMLLIElement {
  const item = document.createElement('li');
  const time = new Date(phone.connectedAt).toLocaleTimeString(language);
  item.textContent = `${phone.deviceName} · ${phone.address} · ${say('since')} ${time}`;
  return item;
}

function render(state: PanelState): void {
  byId('host-name').textContent = state.hostName;
  (byId('qr') as HTMLImageElement).src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(state.pairingQrSvg)}`;
  const link = byId('pairing-url') as HTMLAnchorElement;
  link.href = state.pairingUrl;
  link.textContent = state.pairingUrl;
  renderInjection(state.injection);
  const list = byId('phones');
  list.replaceChildren(...(state.phones.length ? state.phones.map(phoneItem) : [emptyItem()]));
}

function emptyItem(): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'muted';
  item.textContent = say('noPhones');
  return item;
}

function start(): void {
  document.documentElement.lang = language;
  for (const element of document.querySelectorAll<HTMLElement>('[data-text]')) {
    element.textContent = say(element.dataset.text as TextKey);
  }
  // The key in the panel's address unlocks the state stream; the page passes it on, nothing more.
  const key = new URLSearchParams(location.search).get('key') ?? '';
  const events = new EventSource(`/events?key=${encodeURIComponent(key)}`);
  const connection = byId('connection');
  events.onmessage = (event: MessageEvent<string>) => {
    connection.textContent = say('live');
    render(JSON.parse(event.data) as PanelState);
  };
  events.onerror = () => {
    connection.textContent = say('lost');
  };
}

start();
