import koffi from 'koffi';
import type { KeyboardInput } from './windows-key-inputs.js';

/**
 * user32.dll's SendInput through koffi (prebuilt binaries, no native build). Windows only:
 * nothing here but the type declarations can run on another OS, where they are checked against
 * the Windows x64 layout by the tests.
 *
 * Every width is spelled out (int32_t, not long): Windows' LONG is 32 bits on 64-bit Windows
 * too, while `long` in koffi follows the OS it runs on.
 */

const INPUT_KEYBOARD = 1;

const MOUSEINPUT = koffi.struct({
  dx: 'int32_t',
  dy: 'int32_t',
  mouseData: 'uint32_t',
  dwFlags: 'uint32_t',
  time: 'uint32_t',
  dwExtraInfo: 'uintptr_t',
});

const KEYBDINPUT = koffi.struct({
  wVk: 'uint16_t',
  wScan: 'uint16_t',
  dwFlags: 'uint32_t',
  time: 'uint32_t',
  dwExtraInfo: 'uintptr_t',
});

const HARDWAREINPUT = koffi.struct({
  uMsg: 'uint32_t',
  wParamL: 'uint16_t',
  wParamH: 'uint16_t',
});

/**
 * INPUT: a type tag and a union of the three kinds. Typing uses only the keyboard member, but
 * the union must hold all three: the mouse member is the largest and sets sizeof(INPUT), which
 * SendInput checks against its cbSize argument (40 bytes on 64-bit Windows, 28 on 32-bit).
 */
export const INPUT = koffi.struct({
  type: 'uint32_t',
  u: koffi.union({ mi: MOUSEINPUT, ki: KEYBDINPUT, hi: HARDWAREINPUT }),
});

/** A keyboard record as koffi marshals it into an INPUT: the union by its one member set. */
export function inputRecord(input: KeyboardInput): { type: number; u: { ki: KeyboardInput & { time: number; dwExtraInfo: number } } } {
  return { type: INPUT_KEYBOARD, u: { ki: { ...input, time: 0, dwExtraInfo: 0 } } };
}

/** Sends the records in one call; returns how many events Windows inserted. */
export type SendInput = (inputs: readonly KeyboardInput[]) => number;

export function loadSendInput(): SendInput {
  const user32 = koffi.load('user32.dll');
  const sendInput = user32.func('__stdcall', 'SendInput', 'uint32_t', ['uint32_t', koffi.pointer(INPUT), 'int32_t']);
  const size = koffi.sizeof(INPUT);
  return (inputs) => sendInput(inputs.length, inputs.map(inputRecord), size) as number;
}
