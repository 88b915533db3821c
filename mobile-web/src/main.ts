import { pickLanguage } from '@touchdesk/shared';
import { guessDeviceName } from './connection/device-name.js';
import { HostConnection } from './connection/host-connection.js';
import type { ConnectionEnvironment } from './connection/ports.js';
import { websocketUrl } from './connection/websocket-url.js';
import { STRINGS } from './i18n/strings.js';
import { PhoneInput } from './input/phone-input.js';
import { SequenceStore } from './input/sequence-store.js';
import { KeyboardOutput } from './keyboard/keyboard-output.js';
import { KeyboardView } from './keyboard/keyboard-view.js';
import { PlatformPreference } from './keyboard/platform-preference.js';
import { shortcutChord } from './keyboard/shortcuts.js';
import { bindTypeField, mirrorFieldOf } from './keyboard/type-field.js';
import { TypingMirror } from './keyboard/typing-mirror.js';
import { installEngineShims } from './legacy/engine-shims.js';
import { PhoneCredentials } from './pairing/credentials.js';
import { DeviceCredentialStore } from './pairing/device-credential.js';
import { forgetPairingSecret, type PairingEnvironment, takePairingSecret } from './pairing/pairing-secret.js';
import { firstWorkingStore } from './storage/key-value-store.js';
import { graphemeBoundaries } from './text/graphemes.js';
import { GestureRecognizer } from './trackpad/gesture-recognizer.js';
import { createTrackpadSurface } from './trackpad/trackpad-surface.js';
import { TrackpadOutput } from './trackpad/trackpad-output.js';
import { createTrackpadView } from './trackpad/trackpad-view.js';
import { AppView } from './ui/app-view.js';
import { ModifierToggle } from './ui/modifier-toggle.js';
import { fitToVisualViewport } from './ui/viewport-fit.js';

/**
 * The composition root of the phone page: the only module that reads browser globals and
 * wires the pieces together. Nothing is exported or put on `window`, apart from the stand-ins
 * old engines need (legacy/engine-shims.ts).
 */

// Before anything seals or draws nonces; see the module for what old engines lack.
installEngineShims(window, DataView.prototype);

const language = pickLanguage(navigator.languages && navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
const strings = STRINGS[language];
document.documentElement.lang = language;

// The pairing secret lives only as long as the tab; the device credential must outlive it.
const pairingEnv: PairingEnvironment = {
  location,
  history,
  storage: firstWorkingStore([() => window.sessionStorage]),
};
const deviceStorage = firstWorkingStore([() => window.localStorage, () => window.sessionStorage]);
const credentials = new PhoneCredentials(
  new DeviceCredentialStore(deviceStorage, location.host),
  () => forgetPairingSecret(pairingEnv),
  guessDeviceName(navigator.userAgent, navigator.maxTouchPoints || 0),
);
const browserEnv: ConnectionEnvironment = {
  createSocket: (url) => new WebSocket(url),
  setTimer: (callback, ms) => window.setTimeout(callback, ms),
  clearTimer: (id) => window.clearTimeout(id),
  random: Math.random,
  now: () => performance.now(),
};

let connection: HostConnection | null = null;
const boundaries = graphemeBoundaries();

// Outlives each HostConnection: input waiting for the host must survive a new connection.
const input = new PhoneInput(
  {
    isReady: () => connection?.isReady() ?? false,
    bufferedAmount: () => connection?.bufferedAmount() ?? 0,
    send: (message) => connection?.send(message),
  },
  new SequenceStore(deviceStorage, location.host),
  browserEnv,
  {
    changed: () => showInputControls(),
    warned: (warning) => view.showInputWarning(warning),
  },
  boundaries,
);
const output = new TrackpadOutput(
  input,
  (callback) => {
    window.requestAnimationFrame(callback);
  },
  () => performance.now(),
);
const pad = createTrackpadSurface(
  strings,
  new GestureRecognizer(),
  (intents) => output.handle(intents),
  () => performance.now(),
);
const modifierWords = { armed: strings.modifierArmed, locked: strings.modifierLocked };
const ctrl = new ModifierToggle(strings.modifierKeys.Control, { tap: () => input.toggleModifier('Control') }, modifierWords);

// The keyboard: the phone's own keyboard types into a field the mirror keeps the desktop in
// step with; buttons beside it press what a phone keyboard lacks.
const platform = new PlatformPreference(deviceStorage, location.host);
const keyboard = new KeyboardView(
  strings,
  {
    pressKey: (key) => mirror.press(key),
    shortcut: (id) => {
      const chord = shortcutChord(id, platform.get());
      mirror.press(chord.key, chord.modifiers);
    },
    tapModifier: (key) => input.tapModifier(key),
    lockModifier: (key) => input.lockModifier(key),
    platformChosen: (chosen) => {
      platform.set(chosen);
      showInputControls();
    },
    sendText: (text) => {
      input.typeText(text);
      mirror.clear();
    },
  },
  () => performance.now(),
);
const mirror = new TypingMirror(new KeyboardOutput(input, boundaries), mirrorFieldOf(keyboard.field), boundaries, browserEnv);
bindTypeField(keyboard.field, mirror);

const root = document.getElementById('app');
if (root === null) throw new Error('index.html lacks #app');
const view = new AppView(
  root,
  strings,
  language,
  {
    reload: () => location.reload(),
    takeControl: () => connection?.send({ type: 'take-control' }),
    modeSelected: (mode, byPointer) => {
      if (mode !== 'keyboard') keyboard.left();
      else if (byPointer) keyboard.focusField();
    },
  },
  { trackpad: createTrackpadView(strings, pad, [ctrl.element]), keyboard: keyboard.element },
);
fitToVisualViewport(window, root);

function showInputControls(): void {
  const enabled = input.acceptsInput();
  ctrl.show(input.isHeld('Control') ? 'locked' : 'off', enabled);
  pad.setAttribute('aria-disabled', String(!enabled));
  const desktop = platform.get();
  keyboard.show({ enabled, platform: desktop, modifier: (key) => input.modifierState(key) });
  view.setModifierLabels(desktop === 'mac' ? strings.macModifierKeys : strings.modifierKeys);
}
showInputControls();

function connect(): void {
  connection?.stop();
  connection = new HostConnection(websocketUrl(location), credentials, browserEnv, {
    stateChanged: (state) => {
      if (state.phase !== 'connected') output.discardMotion();
      input.connectionChanged(state);
      view.showConnection(state);
    },
    hostError: (code) => view.showHostError(code),
    acknowledged: (seq) => input.acknowledged(seq),
    roundTrip: (ms) => view.showRoundTrip(ms),
  });
  connection.start();
}

credentials.offerPairingSecret(takePairingSecret(pairingEnv));
connect();

// Scanning the QR code again while this tab is open changes only the fragment: no page load.
window.addEventListener('hashchange', () => {
  const fresh = takePairingSecret(pairingEnv);
  if (!fresh.fromFragment) return;
  credentials.offerPairingSecret(fresh);
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
