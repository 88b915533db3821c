import { type HostMessage, LIMITS, type PresenterProfile } from '@touchdesk/shared';

/** The window in front, as the windowing system describes it (on X11: WM_CLASS and _NET_WM_NAME). */
export interface ActiveWindow {
  /** WM_CLASS's instance name ("chromium", "evince"). */
  readonly instance: string;
  /** WM_CLASS's class name ("Chromium", "Evince", "libreoffice-impress"). */
  readonly className: string;
  readonly title: string;
}

export type Foreground = Omit<Extract<HostMessage, { type: 'foreground' }>, 'type'>;

/** Nothing in front, or a desktop that cannot tell: the phone says so and offers the list. */
export const UNKNOWN_FOREGROUND: Foreground = { profile: 'clicker' };

/** WM_CLASS class names (lower case) of browsers, and how they call themselves. */
const BROWSERS: Readonly<Record<string, string>> = {
  chromium: 'Chromium',
  'chromium-browser': 'Chromium',
  'google-chrome': 'Google Chrome',
  'microsoft-edge': 'Microsoft Edge',
  'brave-browser': 'Brave',
  'vivaldi-stable': 'Vivaldi',
  firefox: 'Firefox',
  'firefox-esr': 'Firefox',
  navigator: 'Firefox',
};

/** Slide programs that run in a browser tab, known by the page title the browser shows. */
const WEB_APPS: readonly { readonly title: RegExp; readonly profile: PresenterProfile }[] = [
  { title: /Google Slides|Google 幻灯片|Google 簡報/, profile: 'google-slides' },
  { title: /PowerPoint/, profile: 'powerpoint' },
  { title: /Keynote/, profile: 'keynote' },
  { title: /\.pdf\b/i, profile: 'browser-pdf' },
];

/** Desktop slide programs, by WM_CLASS (either field, lower case) or, failing that, window title. */
const DESKTOP_APPS: readonly { readonly wmClass: RegExp; readonly title?: RegExp; readonly app: string; readonly profile: PresenterProfile }[] = [
  { wmClass: /impress/, title: /LibreOffice Impress/, app: 'LibreOffice Impress', profile: 'impress' },
  // LibreOffice's full-screen slide show window carries the suite's generic class.
  { wmClass: /^soffice$/, app: 'LibreOffice Impress', profile: 'impress' },
  { wmClass: /powerpnt/, title: /PowerPoint/, app: 'PowerPoint', profile: 'powerpoint' },
  { wmClass: /evince|papers/, app: 'Evince', profile: 'evince' },
  { wmClass: /okular/, app: 'Okular', profile: 'okular' },
  { wmClass: /acroread|acrobat/, title: /Adobe Acrobat|Adobe Reader/, app: 'Adobe Acrobat', profile: 'acrobat' },
];

/**
 * Which slide program is in front, and so whose keys the phone's commands press. A browser
 * page that is none of the known web apps is taken for a reveal.js deck: the HTML slide
 * framework people present with most, whose keys (PageDown, PageUp, B) other HTML decks
 * share. The title travels to the phone only for a recognised slide program, so the phone
 * does not learn what else the user has open.
 */
export function detectApp(window: ActiveWindow | undefined): Foreground {
  if (window === undefined) return UNKNOWN_FOREGROUND;
  const classes = [window.className.toLowerCase(), window.instance.toLowerCase()];
  const browser = classes.map((name) => BROWSERS[name]).find((name) => name !== undefined);
  if (browser !== undefined) {
    const web = WEB_APPS.find((rule) => rule.title.test(window.title));
    return found(browser, web?.profile ?? 'reveal', window.title);
  }
  for (const rule of DESKTOP_APPS) {
    if (classes.some((name) => rule.wmClass.test(name)) || rule.title?.test(window.title)) return found(rule.app, rule.profile, window.title);
  }
  const app = (window.className || window.instance).slice(0, LIMITS.maxAppNameLength);
  return app === '' ? UNKNOWN_FOREGROUND : { app, profile: 'clicker' };
}

function found(app: string, profile: PresenterProfile, title: string): Foreground {
  const shortTitle = title.slice(0, LIMITS.maxWindowTitleLength);
  return shortTitle === '' ? { app, profile } : { app, profile, title: shortTitle };
}

export function sameForeground(a: Foreground, b: Foreground): boolean {
  return a.app === b.app && a.profile === b.profile && a.title === b.title;
}
