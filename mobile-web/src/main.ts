import type { PresenterChoice } from '@touchdesk/shared';
import { showBrowserProblem } from './browser/browser-problem.js';
import { hasTouch, homeScreenPlatform, missingEssentials } from './browser/features.js';
import { hapticTick } from './browser/haptic-tick.js';
import { guessDeviceName } from './connection/device-name.js';
import { HostConnection } from './connection/host-connection.js';
import type { ConnectionEnvironment } from './connection/ports.js';
import { websocketUrl } from './connection/websocket-url.js';
import { browserLanguages, LanguageChoice } from './i18n/language-choice.js';
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
import { MediaView } from './media/media-view.js';
import { PhoneCredentials } from './pairing/credentials.js';
import { DeviceCredentialStore } from './pairing/device-credential.js';
import { forgetPairingSecret, type PairingEnvironment, takePairingSecret } from './pairing/pairing-secret.js';
import { createPresenterTools } from './presenter/presenter-tools.js';
import { createPresenterView } from './presenter/presenter-view.js';
import { PhoneSettingsStore } from './settings/phone-settings.js';
import { SettingsSheet } from './settings/settings-sheet.js';
import { firstWorkingStore, MemoryStore } from './storage/key-value-store.js';
import { graphemeBoundaries } from './text/graphemes.js';
import { feelsLikeClick, GestureRecognizer } from './trackpad/gesture-recognizer.js';
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

// The pairing secret lives only as long as the tab; the device credential must outlive it.
const pairingEnv: PairingEnvironment = {
  location,
  history,
  storage: firstWorkingStore([() => window.sessionStorage]),
};
const deviceStorage = firstWorkingStore([() => window.localStorage, () => window.sessionStorage]);
const languageChoice = new LanguageChoice(deviceStorage, location.host, browserLanguages(navigator));
const language = languageChoice.get();
const strings = STRINGS[language];
document.documentElement.lang = language;

const missingApis = missingEssentials(window);
if (missingApis.length > 0) {
  showBrowserProblem(document, strings.missingFeatures(missingApis.join(', ')));
  // Nothing below works without them: stopping here leaves the message alone on the screen.
  throw new Error(`TouchDesk cannot run here: missing ${missingApis.join(', ')}`);
}
const phoneSettings = new PhoneSettingsStore(deviceStorage, location.host);
const haptic = hapticTick(navigator, () => phoneSettings.get().haptics);
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
  () => phoneSettings.get(),
);
const pad = createTrackpadSurface(
  strings,
  new GestureRecognizer(),
  (intents) => {
    output.handle(intents);
    if (intents.some(feelsLikeClick)) haptic.tick();
  },
  () => performance.now(),
  hasTouch(window, navigator),
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

// Media keys go without the sticky modifiers: Ctrl+Play means nothing to a player.
const media = new MediaView(strings, (key) => {
  input.sendDiscrete({ type: 'key', key, modifiers: [] });
  haptic.tick();
});
// The slide preview (with its laser pointer) and the talk timer, shown inside the presenter.
let noSleep: { enable(): Promise<unknown>; disable(): void } | undefined;
const tools = createPresenterTools(language, {
  storage: deviceStorage,
  host: location.host,
  send: (message) => connection?.send(message),
  requestFrame: (callback) => {
    window.requestAnimationFrame(callback);
  },
  now: () => Date.now(),
  every: (ms, run) => {
    const id = window.setInterval(run, ms);
    return () => window.clearInterval(id);
  },
  after: (ms, run) => {
    window.setTimeout(run, ms);
  },
  vibrate: typeof navigator.vibrate === 'function' ? (pattern) => navigator.vibrate(pattern) : undefined,
  awake: {
    wakeLock: 'wakeLock' in navigator ? navigator.wakeLock : undefined,
    // Loaded on first use, in its own chunk: 7 KB of video the page needs only where there is no
    // wake lock. The video has no sound track, so phones let it play after the import's wait.
    video: {
      enable: async () => {
        noSleep ??= new (await import('nosleep.js')).default();
        return noSleep.enable();
      },
      disable: () => noSleep?.disable(),
    },
    onVisible: (callback) =>
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') callback();
      }),
  },
  flashTarget: document.documentElement,
});
let presenterSelected = false;
const showPresenterTools = () => tools.setShown(presenterSelected && document.visibilityState === 'visible');

// Slide commands are discrete input, numbered and acknowledged exactly once like keys; the
// desktop turns each into the keys of the slide program in front, or of the one chosen here.
let presenterChoice: PresenterChoice = 'auto';
const presenter = createPresenterView(strings, {
  slide: (command) => {
    input.sendDiscrete({ type: 'slide', command });
    haptic.tick();
  },
  gotoSlide: (slide) => input.sendDiscrete({ type: 'slide', command: 'goto', slide }),
  choose: (choice) => {
    presenterChoice = choice;
    connection?.send({ type: 'presenter-app', choice });
  },
}, { timer: tools.timer, preview: tools.preview });

const settingsSheet = new SettingsSheet(
  strings,
  {
    language,
    settings: phoneSettings.get(),
    canVibrate: haptic.supported,
    persistent: !(deviceStorage instanceof MemoryStore),
    homeScreen: homeScreenPlatform(navigator.userAgent),
  },
  {
    changed: (change) => phoneSettings.update(change),
    // Every view is built in one language; a reload rebuilds them in the other, and the
    // device credential brings the connection straight back.
    languageChosen: (chosen) => {
      languageChoice.set(chosen);
      location.reload();
    },
  },
);

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
      presenterSelected = mode === 'presenter';
      showPresenterTools();
      if (presenterSelected) input.letGoOfModifiers();
      if (mode !== 'keyboard') keyboard.left();
      else if (byPointer) keyboard.focusField();
    },
  },
  { trackpad: createTrackpadView(strings, pad, [ctrl.element]), keyboard: keyboard.element, presenter: presenter.element, media: media.element },
  [settingsSheet.openButton],
);
root.appendChild(settingsSheet.element);
fitToVisualViewport(window, root);

function showInputControls(): void {
  const enabled = input.acceptsInput();
  ctrl.show(input.isHeld('Control') ? 'locked' : 'off', enabled);
  pad.setAttribute('aria-disabled', String(!enabled));
  media.setEnabled(enabled);
  presenter.setEnabled(enabled);
  tools.setEnabled(enabled);
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
      // Each connection starts on `auto`: it hears the user's choice before any slide command is resent.
      else if (presenterChoice !== 'auto') connection?.send({ type: 'presenter-app', choice: presenterChoice });
      input.connectionChanged(state);
      tools.connectionChanged(state.phase === 'connected');
      view.showConnection(state);
    },
    hostError: (code) => view.showHostError(code),
    acknowledged: (seq) => input.acknowledged(seq),
    roundTrip: (ms) => view.showRoundTrip(ms),
    foreground: (foreground) => presenter.showForeground(foreground),
    preview: (message) => tools.showPreview(message),
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
  // A hidden page wants no frames: it shows none, and the desktop need not look at its screen.
  showPresenterTools();
});
window.addEventListener('online', () => connection?.retryNow());
// A page restored from the back-forward cache has a dead socket that looks alive.
window.addEventListener('pageshow', (event) => {
  if (event.persisted) connect();
});
// iOS Safari ignores `user-scalable=no`; its proprietary pinch event is the way to stop zoom.
document.addEventListener('gesturestart', (event) => event.preventDefault());
