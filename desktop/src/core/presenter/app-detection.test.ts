import { LIMITS } from '@touchdesk/shared';
import { describe, expect, it } from 'vitest';
import { type ActiveWindow, detectApp, sameForeground, UNKNOWN_FOREGROUND } from './app-detection.js';

const window = (className: string, title: string, instance = className.toLowerCase()): ActiveWindow => ({ instance, className, title });

describe('detectApp', () => {
  it('knows nothing when nothing is in front', () => {
    expect(detectApp(undefined)).toEqual(UNKNOWN_FOREGROUND);
    expect(detectApp(window('', '', ''))).toEqual(UNKNOWN_FOREGROUND);
  });

  it.each([
    [window('libreoffice-impress', 'talk.odp - LibreOffice Impress', 'libreoffice'), 'LibreOffice Impress', 'impress'],
    [window('Soffice', '', 'soffice'), 'LibreOffice Impress', 'impress'],
    [window('Evince', 'slides.pdf'), 'Evince', 'evince'],
    [window('okular', 'slides.pdf — Okular'), 'Okular', 'okular'],
    [window('Acroread', 'slides.pdf - Adobe Reader'), 'Adobe Acrobat', 'acrobat'],
    [window('Wine', 'Quarterly.pptx - PowerPoint', 'powerpnt.exe'), 'PowerPoint', 'powerpoint'],
  ])('a desktop slide program: %o is %s with the %s keys', (active, app, profile) => {
    expect(detectApp(active)).toMatchObject({ app, profile });
  });

  it.each([
    ['Quarterly review - Google Slides - Chromium', 'google-slides'],
    ['季度回顾 - Google 幻灯片 - Google Chrome', 'google-slides'],
    ['Pitch.pptx - PowerPoint - Chromium', 'powerpoint'],
    ['Launch - Keynote - Chromium', 'keynote'],
    ['slides.pdf - Chromium', 'browser-pdf'],
    ['TouchDesk deck', 'reveal'],
  ])('a browser tab titled %s uses the %s keys', (title, profile) => {
    expect(detectApp(window('Chromium', title))).toEqual({ app: 'Chromium', title, profile });
  });

  it('names browsers by their WM_CLASS, whichever field carries it', () => {
    expect(detectApp(window('Google-chrome', 'x', 'google-chrome')).app).toBe('Google Chrome');
    expect(detectApp(window('firefox', 'x')).app).toBe('Firefox');
    // Chromium's --app windows name the instance after the page and keep the class.
    expect(detectApp(window('Chromium', 'deck', '127.0.0.1__deck.html')).app).toBe('Chromium');
  });

  it('names any other application by its class, keeps the clicker keys, and keeps its title to itself', () => {
    expect(detectApp(window('XTerm', 'root@desk: ~/secret-plans'))).toEqual({ app: 'XTerm', profile: 'clicker' });
  });

  it('cuts a long title and a long class name to what the protocol carries', () => {
    const long = detectApp(window('Chromium', '长'.repeat(500)));
    expect(long.title).toHaveLength(LIMITS.maxWindowTitleLength);
    expect(detectApp(window('x'.repeat(200), 'y')).app).toHaveLength(LIMITS.maxAppNameLength);
  });

  it('leaves out an empty title', () => {
    expect(detectApp(window('Evince', ''))).toEqual({ app: 'Evince', profile: 'evince' });
  });
});

describe('sameForeground', () => {
  it('compares app, profile and title', () => {
    expect(sameForeground({ app: 'A', profile: 'reveal' }, { app: 'A', profile: 'reveal' })).toBe(true);
    expect(sameForeground({ app: 'A', profile: 'reveal', title: 'x' }, { app: 'A', profile: 'reveal', title: 'y' })).toBe(false);
    expect(sameForeground({ app: 'A', profile: 'reveal' }, { app: 'A', profile: 'impress' })).toBe(false);
  });
});
