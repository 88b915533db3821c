import { DIGIT_KEYS, type ModifierKey, type NamedKey, type PresenterProfile, type SlideCommand } from '@touchdesk/shared';

/** One key pressed and released with these modifiers held around it. */
export interface KeyTap {
  readonly key: NamedKey;
  readonly modifiers: readonly ModifierKey[];
}

/** The desktop's system: PowerPoint, Google Slides and Acrobat use Cmd on a Mac where a PC uses Ctrl. */
export type DesktopSystem = 'mac' | 'pc';

/** The keys for a command, or why the program has none (said to the user, so nothing is typed instead). */
export type SlideKeys = { readonly ok: true; readonly taps: readonly KeyTap[] } | { readonly ok: false; readonly reason: string };

/** A slide command as the phone sends it: `goto` carries its slide number. */
export type SlideRequest = { readonly command: Exclude<SlideCommand, 'goto'> } | { readonly command: 'goto'; readonly slide: number };

type Entry = readonly KeyTap[] | { readonly unsupported: string };
type PlainCommand = Exclude<SlideCommand, 'goto'>;
type ProfileTable = Readonly<Record<PlainCommand, Entry>> & {
  /** Keys that go to slide N, or why there are none. */
  readonly goto: ((slide: number) => readonly KeyTap[]) | { readonly unsupported: string };
};

const tap = (key: NamedKey, ...modifiers: ModifierKey[]): KeyTap => ({ key, modifiers });
const no = (unsupported: string) => ({ unsupported });

/** The slide number's digits, then Enter: PowerPoint, Keynote, Impress, Google Slides and Evince take this while showing. */
const digitsThenEnter = (slide: number): readonly KeyTap[] => [
  ...[...String(slide)].map((digit) => tap(DIGIT_KEYS[Number(digit)] as NamedKey)),
  tap('Enter'),
];

/** What hardware clickers send and every slide program takes. */
const PAGING = { next: [tap('PageDown')], previous: [tap('PageUp')], first: [tap('Home')] } as const;

/** The blank-screen keys of PowerPoint, which Keynote, Impress, Google Slides and Evince copied: B and W toggle. */
const BLANKING = { black: [tap('KeyB')], white: [tap('KeyW')] } as const;

const DIALOG_ONLY = 'asks for the page number in a dialog, which opens too late for keys typed right after it';
const NO_PDF_SHOW = no("The browser's PDF viewer has no slide show");
const UNKNOWN_APP = no('TouchDesk does not know the keys of this application; choose its slide program in the Presenter tab');

/**
 * The slide show keys PowerPoint set and others copied: F5 from the start, Shift+F5 from the
 * current slide, Esc to end, the number and Enter to jump; B and W blank the screen.
 */
const POWERPOINT_STYLE = {
  ...PAGING,
  ...BLANKING,
  start: [tap('F5')],
  'start-here': [tap('F5', 'Shift')],
  end: [tap('Escape')],
  goto: digitsThenEnter,
} as const;

/** PowerPoint's and Google Slides' keys on a Mac, where F5 belongs to the system. */
const MAC_SHOW = { start: [tap('Enter', 'Meta', 'Shift')], 'start-here': [tap('Enter', 'Meta')] } as const;

function profiles(system: DesktopSystem): Readonly<Record<PresenterProfile, ProfileTable>> {
  const primary: ModifierKey = system === 'mac' ? 'Meta' : 'Control';
  const mac = system === 'mac';
  return {
    clicker: {
      ...PAGING,
      start: UNKNOWN_APP,
      'start-here': UNKNOWN_APP,
      end: UNKNOWN_APP,
      black: UNKNOWN_APP,
      white: UNKNOWN_APP,
      goto: UNKNOWN_APP,
    },
    powerpoint: mac ? { ...POWERPOINT_STYLE, ...MAC_SHOW } : POWERPOINT_STYLE,
    keynote: {
      ...POWERPOINT_STYLE,
      start: no('Keynote has no key to play from the first slide: select slide 1, then use Start here'),
      'start-here': [tap('KeyP', 'Alt', 'Meta')],
    },
    impress: POWERPOINT_STYLE,
    // In a browser, F5 alone reloads the page: Google Slides adds Ctrl.
    'google-slides': mac
      ? { ...POWERPOINT_STYLE, ...MAC_SHOW }
      : { ...POWERPOINT_STYLE, start: [tap('F5', 'Control', 'Shift')], 'start-here': [tap('F5', 'Control')] },
    evince: {
      ...POWERPOINT_STYLE,
      // The presentation opens at the current page; Home there goes to the first.
      start: [tap('F5'), tap('Home')],
      'start-here': [tap('F5')],
    },
    okular: {
      ...PAGING,
      start: [tap('KeyP', 'Control', 'Shift'), tap('Home')],
      'start-here': [tap('KeyP', 'Control', 'Shift')],
      end: [tap('Escape')],
      black: [tap('KeyB')],
      white: no('Okular has no white screen'),
      goto: no('Okular takes no page number during a presentation'),
    },
    acrobat: {
      ...PAGING,
      start: [tap('KeyL', primary), tap('Home')],
      'start-here': [tap('KeyL', primary)],
      end: [tap('Escape')],
      black: no('Acrobat has no black screen'),
      white: no('Acrobat has no white screen'),
      goto: no(`Acrobat ${DIALOG_ONLY}`),
    },
    'macos-preview': {
      ...PAGING,
      start: [tap('Home'), tap('KeyF', 'Meta', 'Shift')],
      'start-here': [tap('KeyF', 'Meta', 'Shift')],
      end: [tap('Escape')],
      black: no('Preview has no black screen'),
      white: no('Preview has no white screen'),
      goto: no(`Preview ${DIALOG_ONLY}`),
    },
    'browser-pdf': {
      ...PAGING,
      start: NO_PDF_SHOW,
      'start-here': NO_PDF_SHOW,
      end: NO_PDF_SHOW,
      black: no("The browser's PDF viewer has no black screen"),
      white: no("The browser's PDF viewer has no white screen"),
      goto: no("The browser's PDF viewer takes a page number only in its toolbar"),
    },
    reveal: {
      ...PAGING,
      // A reveal.js deck is always showing; F makes it fill the screen.
      start: [tap('Home'), tap('KeyF')],
      'start-here': [tap('KeyF')],
      // Esc leaves full screen in the browser, but reveal.js also takes it to open its overview.
      end: no('reveal.js has no key that only ends the show: Esc also opens its slide overview'),
      // B (or .) pauses the deck behind a black screen; the same key brings it back.
      black: [tap('KeyB')],
      white: no('reveal.js has no white screen'),
      // G opens reveal.js's "jump to slide" field, which takes the number and Enter.
      goto: (slide) => [tap('KeyG'), ...digitsThenEnter(slide)],
    },
  };
}

const TABLES: Readonly<Record<DesktopSystem, Readonly<Record<PresenterProfile, ProfileTable>>>> = {
  mac: profiles('mac'),
  pc: profiles('pc'),
};

/** The keys that make `profile`'s program on `system` do what the phone asked. */
export function slideKeys(profile: PresenterProfile, system: DesktopSystem, request: SlideRequest): SlideKeys {
  const table = TABLES[system][profile];
  if (request.command === 'goto') {
    const goto = table.goto;
    return typeof goto === 'function' ? { ok: true, taps: goto(request.slide) } : { ok: false, reason: goto.unsupported };
  }
  const entry = table[request.command];
  return 'unsupported' in entry ? { ok: false, reason: entry.unsupported } : { ok: true, taps: entry };
}
