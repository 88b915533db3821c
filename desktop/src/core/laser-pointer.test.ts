import { describe, expect, it } from 'vitest';
import { type LaserPoint, LaserPointer } from './laser-pointer.js';
import { FakeInjector } from './test-fakes.js';
import { pairPhone, settle, setup } from './test-sessions.js';

function spotlight() {
  const seen: (LaserPoint | undefined)[] = [];
  return { seen, laserPointer: new LaserPointer((at) => seen.push(at)) };
}

describe('the laser pointer, from a phone to the desktop', () => {
  it('puts the cursor at the point of the screen the phone points at, and tells the spotlight', async () => {
    const { seen, laserPointer } = spotlight();
    const scene = setup(new FakeInjector(), { laserPointer });
    const { phone, session } = pairPhone(scene, 'a');
    phone.send({ type: 'pointer', x: 0.25, y: 0.5 });
    await settle(session);
    phone.send({ type: 'pointer', x: 0.75, y: 0.25 });
    phone.send({ type: 'pointer-end' });
    await settle(session);
    expect(scene.injector.calls.filter((call) => call.startsWith('point'))).toEqual(['point 0.25,0.5', 'point 0.75,0.25']);
    expect(seen).toEqual([{ x: 0.25, y: 0.5 }, { x: 0.75, y: 0.25 }, undefined]);
  });

  it('injects only the latest of the positions that piled up while the injector was busy', async () => {
    const scene = setup(new FakeInjector());
    scene.injector.holdCalls = true;
    const { phone, session } = pairPhone(scene, 'a');
    phone.send({ type: 'move', dx: 1, dy: 0 });
    for (let step = 1; step <= 5; step++) phone.send({ type: 'pointer', x: step / 10, y: 0.5 });
    scene.injector.holdCalls = false;
    scene.injector.releaseGates();
    await settle(session);
    expect(scene.injector.calls.filter((call) => call.startsWith('point'))).toEqual(['point 0.5,0.5']);
  });

  it('ends when the phone’s connection ends, so no spotlight is left on', async () => {
    const { seen, laserPointer } = spotlight();
    const scene = setup(new FakeInjector(), { laserPointer });
    const { phone, session } = pairPhone(scene, 'a');
    phone.send({ type: 'pointer', x: 0.5, y: 0.5 });
    await session.end('connection-closed');
    expect(seen).toEqual([{ x: 0.5, y: 0.5 }, undefined]);
  });

  it('moves nothing while the desktop is paused, and ends at the pause', async () => {
    const { seen, laserPointer } = spotlight();
    const scene = setup(new FakeInjector(), { laserPointer });
    const { phone, session } = pairPhone(scene, 'a');
    phone.send({ type: 'pointer', x: 0.5, y: 0.5 });
    await settle(session);
    scene.registry.setPaused(true);
    phone.send({ type: 'pointer', x: 0.1, y: 0.1 });
    await settle(session);
    expect(scene.injector.calls.filter((call) => call.startsWith('point'))).toEqual(['point 0.5,0.5']);
    expect(seen).toEqual([{ x: 0.5, y: 0.5 }, undefined]);
  });

  it('belongs to the phone that pointed last: another phone lifting its finger ends nothing', () => {
    const { seen, laserPointer } = spotlight();
    laserPointer.moved('a', { x: 0.1, y: 0.1 });
    laserPointer.moved('b', { x: 0.9, y: 0.9 });
    laserPointer.ended('a');
    expect(seen).toEqual([{ x: 0.1, y: 0.1 }, { x: 0.9, y: 0.9 }]);
    laserPointer.ended('b');
    expect(seen.at(-1)).toBeUndefined();
  });
});
