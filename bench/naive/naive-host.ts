import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';

/**
 * The reference a user would otherwise run: the remote from the tutorials. Plain JSON over a
 * WebSocket, no pairing, no validation, and nut-js exactly as it comes: its default delay
 * after every call (100 ms for the mouse, 300 ms for the keyboard) and animated moves. It is
 * run charitably: messages are handled one after another, so none of them is lost to
 * concurrent moves reading a stale position, as they would be in most tutorials. Benchmark
 * only, never part of TouchDesk.
 */
const page = readFileSync(new URL('./naive-page.html', import.meta.url));
const { mouse, keyboard, Point, straightTo } = (await import('@nut-tree-fork/nut-js')).default;

const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.end(page);
});
const sockets = new WebSocketServer({ server, path: '/ws' });

sockets.on('connection', (socket) => {
  let handled = Promise.resolve();
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as { type: string; dx?: number; dy?: number; text?: string };
    handled = handled.then(() => handle(message)).catch((error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
    });
  });
});

async function handle(message: { type: string; dx?: number; dy?: number; text?: string }): Promise<void> {
  if (message.type === 'move') {
    const at = await mouse.getPosition();
    await mouse.move(straightTo(new Point(at.x + (message.dx ?? 0), at.y + (message.dy ?? 0))));
  } else if (message.type === 'click') {
    await mouse.leftClick();
  } else if (message.type === 'text') {
    await keyboard.type(message.text ?? '');
  }
}

server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ event: 'ready', port: (server.address() as AddressInfo).port })}\n`);
});
