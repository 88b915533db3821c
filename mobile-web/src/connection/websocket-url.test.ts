import { WEBSOCKET_PATH } from '@touchdesk/shared';
import { describe, expect, it } from 'vitest';
import { websocketUrl } from './websocket-url.js';

describe('websocketUrl', () => {
  it('uses the page origin, ws for http and wss for https', () => {
    expect(websocketUrl({ protocol: 'http:', host: '192.168.1.20:47800' })).toBe(`ws://192.168.1.20:47800${WEBSOCKET_PATH}`);
    expect(websocketUrl({ protocol: 'https:', host: 'desk.local:443' })).toBe(`wss://desk.local:443${WEBSOCKET_PATH}`);
  });
});
