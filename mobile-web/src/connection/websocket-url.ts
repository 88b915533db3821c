import { WEBSOCKET_PATH } from '@touchdesk/shared';

/**
 * The host's WebSocket lives on the origin that served this page; the host checks the Host
 * and Origin headers against exactly that. A page served over https must use wss: browsers
 * block plain ws: from a secure page.
 */
export function websocketUrl(page: Pick<Location, 'protocol' | 'host'>): string {
  return `${page.protocol === 'https:' ? 'wss:' : 'ws:'}//${page.host}${WEBSOCKET_PATH}`;
}
