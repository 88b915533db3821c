import { createInterface } from 'node:readline';
import { paced } from './strokes.js';

/**
 * The physical floor's hands: nut-js in a process of the benchmark's own, as the host
 * configures it (no delays, no animation), driven by one JSON command per stdin line and
 * answering with when it acted, as epoch milliseconds (performance.timeOrigin + now(), which
 * agree between processes on one machine to a few microseconds). Only the timestamps cross the
 * pipe, after the fact: nothing but nut-js and the X server is in the timed path.
 *
 * In a process apart because libnut keeps its X connection until the process exits and then
 * ends the process with an error once the X server is gone: here it exits before the server stops.
 */
type Command =
  | { op: 'moves'; rateHz: number; positions: { x: number; y: number }[] }
  | { op: 'click' }
  | { op: 'type'; text: string }
  | { op: 'exit' };

const nut = (await import('@nut-tree-fork/nut-js')).default;
nut.mouse.config.autoDelayMs = 0;
nut.keyboard.config.autoDelayMs = 0;
const epoch = () => performance.timeOrigin + performance.now();
const reply = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);

for await (const line of createInterface({ input: process.stdin })) {
  const command = JSON.parse(line) as Command;
  switch (command.op) {
    case 'moves': {
      const { positions } = command;
      const times = await paced(command.rateHz, positions.length, (k) => {
        const at = positions[k - 1] as { x: number; y: number };
        void nut.mouse.setPosition(new nut.Point(at.x, at.y));
      });
      reply(times.map((time) => performance.timeOrigin + time));
      break;
    }
    case 'click': {
      const at = epoch();
      await nut.mouse.pressButton(nut.Button.LEFT);
      await nut.mouse.releaseButton(nut.Button.LEFT);
      reply(at);
      break;
    }
    case 'type': {
      const at = epoch();
      await nut.keyboard.type(command.text);
      reply(at);
      break;
    }
    case 'exit':
      process.exit(0);
  }
}
