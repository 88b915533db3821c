import { CLOSE_CODES } from '@touchdesk/shared';
import { guessDeviceName } from './connection/device-name.js';
import { type ConnectionEnvironment, HostConnection } from './connection/host-connection.js';
import { websocketUrl } from './connection/websocket-url.js';
import { pickLanguage, STRINGS } from './i18n/strings.js';
import { forgetPairingSecret, type PairingEnvironment, takePairingSecret } from './pairing/pairing-secret.js';
import { GestureRecognizer } from './trackpad/gesture-recognizer.js';
import { createTrackpadSurface } from './trackpad/trackpad-surface.js';
import { type InputSink, TrackpadOutput } from './trackpad/trackpad-output.js';
import { AppView } from './ui/app-view.js';

/**
 * The composition root of the phone page: the only module that reads browser globals and
 * wires the pieces together. Nothing is exported or put on `window`.
 */

const language = pickLanguage(navigator.language);
const strings = STRINGS[language];
document.documentElement.lang = language;

const pairingEnv: PairingEnvironment = { location, history, storage: sessionStorageIfAllowed() };
const browserEnv: ConnectionEnvironment = {
  createSocket: (url) => new WebSocket(url),
  setTimer: (callback, ms) => window.setTimeout(callback, ms),
  clearTimer: (id) => window.clearTimeout(id),
  random: Math.random,
};

let connection: HostConnection | null = null;
let secret: string | null = null;

const sink: InputSink = {
  isReady: () => connection?.isReady() ?? false,
  bufferedAmount: () => connection?.bufferedAmount() ?? 0,
  send: (message) => connection?.send(message),
};
const output = new TrackpadOutput(sink, (callback) => {
  window.requestAnimationFrame(callback);
});
const pad = createTrackpadSurface(
  strings,
  new GestureRecognizer(),
  (intents) => output.handle(intents),
  () => performance.now(),
);

const root = document.getElementById('app');
if (root === null) throw new Error('index.html lacks #app');
const view = new AppView(root, strings, { reload: () => location.reload() }, { trackpad: pad });

function connect(): void {
  connection?.stop();
  connection = null;
  if (secret === null) {
    view.showNotPaired();
    return;
  }
  connection = new HostConnection(
    {
      url: websocketUrl(location),
      token: secret,
      deviceName: guessDeviceName(navigator.userAgent, navigator.maxTouchPoints || 0),
    },
    browserEnv,
    {
      stateChanged: (state) => {
        if (state.phase !== 'connected') output.discardMotion();
        if (state.phase === 'stopped' && state.closeCode === CLOSE_CODES.badToken) {
          forgetPairingSecret(pairingEnv);
        }
        view.showConnection(state);
      },
      hostError: (code) => view.showHostError(code),
    },
  );
  connection.start();
}

secret = takePairingSecret(pairingEnv).secret;
connect();

// Scanning the QR code again while this tab is open changes only the fragment: no page load.
window.addEventListener('hashchange', () => {
  const fresh = takePairingSecret(pairingEnv);
  if (!fresh.fromFragment) return;
  secret = fresh.secret;
  connect();
});
// Phones drop sockets of background tabs and on network changes; on return, retry at once
// instead of sitting out the backoff.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') connection?.retryNow();
});
window.addEventListener('online', () => connection?.retryNow());
// A page restored from the back-forward cache has a dead socket that looks alive.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) connect();
});
// iOS Safari ignores `user-scalable=no`; its proprietary pinch event is the way to stop zoom.
document.addEventListener('gesturestart', (event) => event.preventDefault());

function sessionStorageIfAllowed(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}
