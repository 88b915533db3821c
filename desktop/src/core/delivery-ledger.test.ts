import { describe, expect, it } from 'vitest';
import { DeliveryLedger } from './delivery-ledger.js';

describe('DeliveryLedger', () => {
  it('accepts each number once per device, and devices apart', () => {
    const ledger = new DeliveryLedger();
    expect(ledger.highestFor('a')).toBe(0);
    expect(ledger.accept('a', 1)).toBe(true);
    expect(ledger.accept('a', 1)).toBe(false);
    expect(ledger.accept('b', 1)).toBe(true);
    expect(ledger.accept('a', 3)).toBe(true);
    expect(ledger.accept('a', 2)).toBe(false);
    expect(ledger.highestFor('a')).toBe(3);
    ledger.forget('a');
    expect(ledger.highestFor('a')).toBe(0);
  });
});
