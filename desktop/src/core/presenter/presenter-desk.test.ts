import type { HostMessage } from '@touchdesk/shared';
import { describe, expect, it } from 'vitest';
import type { ActiveWindow } from './app-detection.js';
import { PhonePresenter } from './phone-presenter.js';
import type { ActiveWindowWatcher } from './ports.js';
import { PresenterDesk } from './presenter-desk.js';

/** A window manager under the test's control. */
class FakeWatcher implements ActiveWindowWatcher {
  private changed: ((window: ActiveWindow | undefined) => void) | undefined;
  stopped = false;

  watch(changed: (window: ActiveWindow | undefined) => void): void {
    this.changed = changed;
  }

  front(window: ActiveWindow | undefined): void {
    this.changed?.(window);
  }

  stop(): void {
    this.stopped = true;
  }
}

const deck: ActiveWindow = { instance: 'chromium', className: 'Chromium', title: 'Deck' };
const impress: ActiveWindow = { instance: 'libreoffice', className: 'libreoffice-impress', title: 'talk.odp - LibreOffice Impress' };

function scene() {
  const watcher = new FakeWatcher();
  const desk = new PresenterDesk('pc', watcher);
  const sent: HostMessage[] = [];
  const phone = new PhonePresenter(desk, (message) => sent.push(message));
  return { watcher, desk, sent, phone };
}

describe('PresenterDesk and a phone', () => {
  it('tells the phone the app in front whenever it changes, and only then', () => {
    const { watcher, sent } = scene();
    watcher.front(deck);
    watcher.front(deck);
    watcher.front(impress);
    watcher.front(undefined);
    expect(sent).toEqual([
      { type: 'foreground', app: 'Chromium', title: 'Deck', profile: 'reveal' },
      { type: 'foreground', app: 'LibreOffice Impress', title: 'talk.odp - LibreOffice Impress', profile: 'impress' },
      { type: 'foreground', profile: 'clicker' },
    ]);
  });

  it('answers a phone that just connected with the app in front now', () => {
    const { watcher, sent, phone } = scene();
    watcher.front(impress);
    sent.length = 0;
    phone.sendForeground();
    expect(sent).toEqual([expect.objectContaining({ app: 'LibreOffice Impress', profile: 'impress' })]);
  });

  it("presses the keys of the app in front, until the phone chooses another program, and again after 'auto'", () => {
    const { watcher, phone } = scene();
    watcher.front(impress);
    expect(phone.keysFor({ command: 'start' })).toEqual({ ok: true, taps: [{ key: 'F5', modifiers: [] }] });
    phone.choose('google-slides');
    expect(phone.keysFor({ command: 'start' })).toEqual({ ok: true, taps: [{ key: 'F5', modifiers: ['Control', 'Shift'] }] });
    phone.choose('auto');
    watcher.front(deck);
    expect(phone.keysFor({ command: 'goto', slide: 2 })).toEqual({
      ok: true,
      taps: [
        { key: 'KeyG', modifiers: [] },
        { key: 'Digit2', modifiers: [] },
        { key: 'Enter', modifiers: [] },
      ],
    });
  });

  it('stops telling a phone that has gone, and stops watching when the host closes', () => {
    const { watcher, desk, sent, phone } = scene();
    phone.close();
    watcher.front(deck);
    expect(sent).toEqual([]);
    desk.close();
    expect(watcher.stopped).toBe(true);
  });

  it('without a watcher, the app is unknown and only the clicker keys work', () => {
    const desk = new PresenterDesk('pc');
    const phone = new PhonePresenter(desk, () => undefined);
    expect(desk.current).toEqual({ profile: 'clicker' });
    expect(phone.keysFor({ command: 'next' })).toEqual({ ok: true, taps: [{ key: 'PageDown', modifiers: [] }] });
    expect(phone.keysFor({ command: 'black' }).ok).toBe(false);
  });
});
