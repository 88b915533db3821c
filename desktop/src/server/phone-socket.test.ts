import { describe, expect, it } from 'vitest';
import { MAX_UNSENT_BYTES, transportOf } from './phone-socket.js';

/** Just what the transport reads and calls on a ws socket. */
function fakeSocket(bufferedAmount: number) {
  const socket = {
    OPEN: 1 as const,
    readyState: 1 as 0 | 1 | 2 | 3,
    bufferedAmount,
    sent: [] as unknown[],
    terminated: false,
    send(frame: unknown) {
      socket.sent.push(frame);
    },
    close() {},
    terminate() {
      socket.terminated = true;
      socket.readyState = 3;
    },
  };
  return socket;
}

describe('the host side of backpressure', () => {
  it('sends while the phone keeps reading', () => {
    const socket = fakeSocket(MAX_UNSENT_BYTES);
    let congested = false;
    transportOf(socket, () => (congested = true)).send('frame');
    expect(socket.sent).toEqual(['frame']);
    expect(congested).toBe(false);
  });

  it('drops a phone whose unsent backlog passed the bound, instead of queueing more for it', () => {
    const socket = fakeSocket(MAX_UNSENT_BYTES + 1);
    let congested = false;
    const transport = transportOf(socket, () => (congested = true));
    transport.send('frame');
    transport.send('another');
    expect(socket.sent).toEqual([]);
    expect(socket.terminated).toBe(true);
    expect(congested).toBe(true);
  });
});
