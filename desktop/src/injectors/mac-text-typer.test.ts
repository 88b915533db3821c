import koffi from 'koffi';
import { describe, expect, it } from 'vitest';
import { type MacEventPoster, PROTOTYPES } from './mac-core-graphics.js';
import type { MacKeystroke } from './mac-keystrokes.js';
import { MacTextTyper } from './mac-text-typer.js';

/**
 * CoreGraphics exists only on macOS. Here: the typer's order of work with a poster that records
 * (permission first, then every stroke in order), and the koffi prototypes it declares.
 */

function recordingPoster(trusted: boolean): MacEventPoster & { posted: MacKeystroke[] } {
  const posted: MacKeystroke[] = [];
  return { posted, isTrusted: () => trusted, post: (stroke) => void posted.push(stroke) };
}

describe('the macOS text typer', () => {
  it('posts the keystrokes of the text in order', async () => {
    const poster = recordingPoster(true);
    await new MacTextTyper(async () => poster).typeText('Hello 👋🏽\n你好');
    expect(poster.posted).toEqual([{ characters: 'Hello 👋🏽' }, { keycode: 0x24 }, { characters: '你好' }]);
  });

  it('refuses with a code, posting nothing, without the Accessibility permission', async () => {
    const poster = recordingPoster(false);
    await expect(new MacTextTyper(async () => poster).typeText('secret')).rejects.toMatchObject({
      code: 'permission-denied',
      message: expect.stringContaining('Accessibility'),
    });
    expect(poster.posted).toEqual([]);
  });

  it.runIf(process.platform !== 'darwin')('says so with a code where CoreGraphics cannot be loaded (any OS but macOS)', async () => {
    await expect(new MacTextTyper().typeText('a')).rejects.toMatchObject({ code: 'unsupported-desktop', message: expect.stringContaining('CoreGraphics') });
  });
});

describe.runIf(process.arch === 'x64' || process.arch === 'arm64')('the CoreGraphics prototypes, on a 64-bit OS as macOS is', () => {
  /** koffi's types name an argument a TypeObject; it comes as the type and its direction. */
  type ParsedArgument = { readonly type: { readonly name: string; readonly size: number } };

  it('parse as koffi function types, with the argument types and widths of the C declarations', () => {
    const signatures = Object.fromEntries(
      Object.entries(PROTOTYPES).map(([name, prototype]) => {
        const parsed = koffi.type(koffi.proto(prototype)).proto;
        const argumentList = (parsed?.arguments ?? []) as unknown as ParsedArgument[];
        return [name, `${parsed?.result.name}(${argumentList.map(({ type }) => `${type.name}:${type.size}`).join(', ')})`];
      }),
    );
    // Pointers and UniCharCount (unsigned long) are 8 bytes, CGKeyCode 2.
    expect(signatures).toEqual({
      createKeyboardEvent: 'void *(void *:8, uint16_t:2, bool:1)',
      setUnicodeString: 'void(void *:8, unsigned long:8, uint16_t *:8)',
      setFlags: 'void(void *:8, uint64_t:8)',
      post: 'void(uint32_t:4, void *:8)',
      release: 'void(void *:8)',
      isProcessTrusted: 'bool()',
    });
  });
});
