import type { InjectionStatus } from '@touchdesk/shared';
import type { InputInjector } from '../core/ports.js';

type Unavailable = Extract<InjectionStatus, { state: 'unavailable' }>;

/**
 * Stands in when this desktop cannot take input. The host keeps running so the phone and the
 * panel can say what is wrong; the core sends nothing here, and anything that did would fail.
 */
export function unavailableInjector(status: Unavailable): InputInjector {
  const refuse = async (): Promise<never> => {
    throw new Error(status.detail);
  };
  return { status, moveBy: refuse, pointAt: refuse, pressButton: refuse, releaseButton: refuse, scroll: refuse, tapKey: refuse, pressKey: refuse, releaseKey: refuse, typeText: refuse };
}
