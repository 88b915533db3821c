import { randomBytes } from 'node:crypto';
import { CLOSE_CODES, PhoneHandshake } from '@touchdesk/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { PAIRING_SECRET_LIFETIME_MS } from '../../core/pairing-secrets.js';
import { ManualClock } from '../../core/test-fakes.js';
import { openSocket, pairingCredential, pairingKeyOf } from '../test-phone-client.js';
import { closeOf, expectRefused, plainTypesReceived } from './test-attack-clients.js';
import { AttackScene, pairPhone, waitFor } from './test-attack-harness.js';

/**
 * Credentials an attacker might hold: a guessed QR secret, an old photo of the QR code, a QR
 * code someone else already used, a device the user has removed. None opens a session.
 */
let scene: AttackScene;

afterEach(async () => {
  await scene.close();
});

describe('a wrong pairing secret', () => {
  it('refuses a guessed secret before issuing a challenge', async () => {
    scene = await AttackScene.start();
    const guesser = await openSocket(scene.origin);
    guesser.send(new PhoneHandshake({ kind: 'pairing', key: randomBytes(20), deviceName: 'Guesser' }).hello());
    await expectRefused(guesser, 'pairing-expired', CLOSE_CODES.credentialRejected);
    expect(plainTypesReceived(guesser)).toEqual(['error']);
    await scene.assertStillServing();
  });

  it('refuses a wrong key behind the right secret id (sniffed from a phone pairing now) with bad-proof', async () => {
    scene = await AttackScene.start();
    const secretIdOfTheRealQr = new PhoneHandshake(pairingCredential(scene.host.pairingUrl)).hello();
    const guesser = await openSocket(scene.origin);
    guesser.send(secretIdOfTheRealQr);
    const challenge = await guesser.next('challenge');
    guesser.send(new PhoneHandshake({ kind: 'pairing', key: randomBytes(20), deviceName: 'Guesser' }).answer(challenge));
    await expectRefused(guesser, 'bad-proof', CLOSE_CODES.credentialRejected);
    expect(plainTypesReceived(guesser)).not.toContain('welcome');
    await scene.assertStillServing();
  });
});

describe('a QR code that can no longer pair', () => {
  it('refuses an expired QR code', async () => {
    // Long enough for the legitimate phone to pair at start on a busy machine, short for the test.
    scene = await AttackScene.start({ pairingLifetimeMs: 300 });
    const photographed = scene.host.pairingUrl;
    await waitFor(() => scene.host.pairingUrl !== photographed, 'the QR code to expire and be renewed');
    const latecomer = await openSocket(scene.origin);
    latecomer.send(new PhoneHandshake(pairingCredential(photographed, 'Latecomer')).hello());
    await expectRefused(latecomer, 'pairing-expired', CLOSE_CODES.credentialRejected);
    await scene.assertStillServing();
  });

  it('refuses a QR code past its lifetime even before the desktop has shown a new one', async () => {
    // The desktop's clock says the 5 minutes are over; the timer that renews the QR code has not fired yet.
    const clock = new ManualClock(Date.now());
    scene = await AttackScene.start({ clock });
    const photographed = scene.host.pairingUrl;
    clock.advance(PAIRING_SECRET_LIFETIME_MS);
    expect(scene.host.pairingUrl).toBe(photographed);
    const latecomer = await openSocket(scene.origin);
    latecomer.send(new PhoneHandshake(pairingCredential(photographed, 'Latecomer')).hello());
    await expectRefused(latecomer, 'pairing-expired', CLOSE_CODES.credentialRejected);
    await scene.assertStillServing();
  });

  it('refuses a QR code another phone already used', async () => {
    scene = await AttackScene.start();
    const shown = scene.host.pairingUrl;
    await pairPhone(scene.origin, shown, 'First Scanner');
    const second = await openSocket(scene.origin);
    second.send(new PhoneHandshake(pairingCredential(shown, 'Second Scanner')).hello());
    await expectRefused(second, 'pairing-expired', CLOSE_CODES.credentialRejected);
    expect(scene.host.pairingUrl).not.toBe(shown);
    await scene.assertStillServing();
  });

  it('pairs only one of two phones racing with the same QR code', async () => {
    scene = await AttackScene.start();
    const shown = scene.host.pairingUrl;
    const racers = await Promise.all([openSocket(scene.origin), openSocket(scene.origin)]);
    const handshakes = racers.map((racer, index) => {
      const handshake = new PhoneHandshake(pairingCredential(shown, `Racer ${index}`));
      racer.handshake = handshake;
      racer.send(handshake.hello());
      return handshake;
    });
    // Both were challenged while the secret was fresh; only the first proof may use it up.
    const challenges = await Promise.all(racers.map((racer) => racer.next('challenge')));
    racers.forEach((racer, index) => racer.send(handshakes[index]!.answer(challenges[index]!)));
    await racers[0]!.next('paired');
    await expectRefused(racers[1]!, 'pairing-expired', CLOSE_CODES.credentialRejected);
    expect(pairingKeyOf(scene.host.pairingUrl)).not.toEqual(pairingKeyOf(shown));
    await scene.assertStillServing();
  });
});

describe('a revoked device', () => {
  it('is cut off at once and refused when it comes back', async () => {
    scene = await AttackScene.start();
    const lost = await scene.pairAnotherPhone('Lost Phone');
    expect(scene.host.revoke(lost.deviceId)).toBe(true);
    expect(await closeOf(lost)).toEqual({ code: CLOSE_CODES.revoked, reason: 'device-revoked' });

    const thief = await openSocket(scene.origin);
    thief.send(new PhoneHandshake(lost.credential).hello());
    await expectRefused(thief, 'device-unknown', CLOSE_CODES.credentialRejected);
    await scene.assertStillServing();
  });

  it('is refused when revoked between challenge and proof', async () => {
    scene = await AttackScene.start();
    const lost = await scene.pairAnotherPhone('Lost Phone');
    lost.ws.close();
    await lost.closed;
    const thief = await openSocket(scene.origin);
    const handshake = new PhoneHandshake(lost.credential);
    thief.send(handshake.hello());
    const challenge = await thief.next('challenge');
    scene.host.revoke(lost.deviceId);
    thief.send(handshake.answer(challenge));
    await expectRefused(thief, 'device-revoked', CLOSE_CODES.credentialRejected);
    await scene.assertStillServing();
  });
});
