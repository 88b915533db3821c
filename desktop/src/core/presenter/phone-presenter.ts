import type { HostMessage, PresenterChoice } from '@touchdesk/shared';
import type { PresenterDesk } from './presenter-desk.js';
import { type SlideKeys, slideKeys, type SlideRequest } from './slide-keys.js';

/**
 * One phone's view of presenting: it hears which app is in front whenever that changes, and
 * its slide commands become the keys of the program it chose, or of the one in front while
 * it leaves the choice on `auto`.
 */
export class PhonePresenter {
  private choice: PresenterChoice = 'auto';
  private readonly unsubscribe: () => void;

  constructor(
    private readonly desk: PresenterDesk,
    private readonly send: (message: HostMessage) => void,
  ) {
    this.unsubscribe = desk.subscribe((foreground) => send({ type: 'foreground', ...foreground }));
  }

  /** The foreground app as it is now: a phone that just connected has heard nothing yet. */
  sendForeground(): void {
    this.send({ type: 'foreground', ...this.desk.current });
  }

  choose(choice: PresenterChoice): void {
    this.choice = choice;
  }

  keysFor(request: SlideRequest): SlideKeys {
    const profile = this.choice === 'auto' ? this.desk.current.profile : this.choice;
    return slideKeys(profile, this.desk.system, request);
  }

  close(): void {
    this.unsubscribe();
  }
}
