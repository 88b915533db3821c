import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint, RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';
import layers, { BUILTIN, OUTSIDE, classify } from './layers.mjs';

// The repository root: the table's folders are relative to it.
const root = fileURLToPath(new URL('..', import.meta.url));
const rule = layers.rules.layers;

// RuleTester drives whatever test framework it is given.
RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const ruleTester = new RuleTester({
  languageOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module' },
});

/** A test case for a file at `file` (relative to the root) with the rule's root option set. */
const at = (file: string, code: string) => ({ code, filename: path.join(root, file), options: [{ root }] });
/** An invalid case: `code` in `file` must be reported once. */
const bad = (file: string, code: string, messageId = 'forbidden') => ({ ...at(file, code), errors: [{ messageId }] });

ruleTester.run('touchdesk/layers: what the table allows', rule, {
  valid: [
    // shared: its own files and valibot; its tests may also use vitest and node builtins.
    at('shared/src/parse.ts', "import * as v from 'valibot'; import { LIMITS } from './limits.js';"),
    at('shared/src/parse.test.ts', "import { it } from 'vitest'; import { createHash } from 'node:crypto';"),
    // core: @touchdesk/shared (also type-only and dynamic) and its own files; tests may use vitest.
    at(
      'desktop/src/core/phone-session.ts',
      "import { PROTOCOL_VERSION } from '@touchdesk/shared'; import type { Clock } from './ports.js'; export * from './input-queue.js';",
    ),
    at('desktop/src/core/lazy.ts', "export const load = () => import('@touchdesk/shared');"),
    at('desktop/src/core/phone-session.test.ts', "import { describe } from 'vitest'; import { InputQueue } from './input-queue.js';"),
    // server: core, shared, ws, qrcode, builtins with and without `node:`.
    at(
      'desktop/src/server/http.ts',
      "import { createServer } from 'node:http'; import { readFile } from 'fs/promises'; import os from 'os'; import { WebSocketServer } from 'ws'; import QRCode from 'qrcode'; import { PhoneSession } from '../core/phone-session.js'; import type { ClientMessage } from '@touchdesk/shared';",
    ),
    at('desktop/src/server/http.test.ts', "import { it } from 'vitest'; import { connect } from 'node:net';"),
    // injectors: core ports, shared, native libs, builtins.
    at(
      'desktop/src/injectors/nut-injector.ts',
      "import { mouse } from '@nut-tree-fork/nut-js'; import x11 from 'x11'; import koffi from 'koffi'; import { spawn } from 'node:child_process'; import type { InputInjector } from '../core/ports.js';",
    ),
    // cli: anything but electron and main, computed specifiers included.
    at(
      'desktop/src/cli/headless.ts',
      "import { WebSocketServer } from 'ws'; import { startServer } from '../server/http.js'; import { NutInjector } from '../injectors/nut-injector.js'; import process from 'node:process'; const name = 'x'; await import(name);",
    ),
    // main: anything, including electron and its own files.
    at(
      'desktop/src/main/electron-main.ts',
      "import { app } from 'electron'; import { runHeadless } from '../cli/headless.js'; import { createWindow } from './window.js';",
    ),
    // mobile-web: shared and its own files.
    at('mobile-web/src/trackpad.ts', "import { LIMITS } from '@touchdesk/shared'; import { send } from './connection.js';"),
    // Outside the layers (e2e harness, scripts): anything but main.
    at(
      'e2e/trackpad.e2e.test.ts',
      "import { chromium } from 'playwright-core'; import { spawn } from 'node:child_process'; import { startServer } from '../desktop/src/server/http.js';",
    ),
    // Re-exports without a source are not imports.
    at('desktop/src/core/index.ts', 'const a = 1; export { a };'),
  ],

  invalid: [
    // The violations the table exists for.
    bad('desktop/src/core/dispatch.ts', "import { WebSocket } from 'ws';"),
    bad('desktop/src/core/store.ts', "import { readFile } from 'node:fs';"),
    bad('desktop/src/core/dispatch.ts', "import { startServer } from '../server/x.js';"),
    bad('desktop/src/server/http.ts', "import { NutInjector } from '../injectors/x.js';"),
    bad('desktop/src/injectors/nut-injector.ts', "import { WebSocket } from 'ws';"),
    bad('shared/src/crypto.ts', "import { randomBytes } from 'node:crypto';"),
    bad('mobile-web/src/trackpad.ts', "import { InputQueue } from '../../desktop/src/core/x.js';"),
    bad('desktop/src/cli/headless.ts', "import { app } from 'electron';"),
    bad('desktop/src/core/dispatch.ts', "const ws = await import('ws');"),
    // Nothing imports desktop/src/main: not cli, not server, not even the e2e harness.
    bad('desktop/src/cli/headless.ts', "import { createWindow } from '../main/window.js';"),
    bad('desktop/src/server/http.ts', "import { tray } from '../main/tray.js';"),
    bad('mobile-web/src/page.ts', "import { ipc } from '../../desktop/src/main/ipc.js';"),
    bad('e2e/shell.e2e.test.ts', "import { createWindow } from '../desktop/src/main/window.js';"),

    // Every way of naming a module counts, type-only ones included.
    bad('desktop/src/core/a.ts', "import type { WebSocket } from 'ws';"),
    bad('desktop/src/core/a.ts', "import 'ws';"),
    bad('desktop/src/core/a.ts', "export * from 'ws';"),
    bad('desktop/src/core/a.ts', "export { WebSocket } from 'ws';"),
    bad('desktop/src/core/a.ts', "export type { WebSocket } from 'ws';"),
    bad('desktop/src/core/a.ts', "const ws = require('ws');"),
    bad('desktop/src/core/a.ts', "import ws = require('ws');"),
    bad('desktop/src/core/a.ts', "type Socket = import('ws').WebSocket;"),
    bad('desktop/src/core/a.ts', 'const ws = await import(`ws`);'),
    bad('desktop/src/core/a.ts', "const name = 'ws'; await import(name);", 'computed'),

    // More of the table's edges.
    bad('desktop/src/core/a.ts', "import fs from 'fs';"),
    bad('desktop/src/core/a.ts', "import { mouse } from '@nut-tree-fork/nut-js';"),
    bad('desktop/src/core/a.test.ts', "import { readFile } from 'node:fs';"),
    bad('desktop/src/core/a.ts', "import { it } from 'vitest';"),
    bad('desktop/src/core/a.ts', "import { helper } from '../../scripts/helper.js';"),
    bad('desktop/src/server/http.ts', "import { mouse } from '@nut-tree-fork/nut-js';"),
    bad('desktop/src/server/http.ts', "import { app } from 'electron';"),
    bad('desktop/src/injectors/nut-injector.ts', "import { startServer } from '../server/http.js';"),
    bad('desktop/src/injectors/nut-injector.ts', "import { runHeadless } from '../cli/headless.js';"),
    bad('desktop/src/cli/headless.ts', "import { app } from '@touchdesk/desktop/dist/main/electron-main.js';"),
    bad('shared/src/x.ts', "import { InputQueue } from '../../desktop/src/core/input-queue.js';"),
    bad('shared/src/x.ts', "import QRCode from 'qrcode';"),
    bad('mobile-web/src/page.ts', "import { createServer } from 'node:http';"),
    bad('mobile-web/src/page.ts', "import { startServer } from '../../desktop/src/server/http.js';"),
  ],
});

// Messages in full: the layer, the specifier, where a relative import lands, the reason, the table.
ruleTester.run('touchdesk/layers: messages', rule, {
  valid: [],
  invalid: [
    {
      ...at('desktop/src/core/dispatch.ts', "import { WebSocket } from 'ws';"),
      errors: [
        {
          message:
            'desktop/src/core may not import "ws" (core is pure logic: it gets ports such as Transport, InputInjector, Clock and Store instead of ws, nut-js, node builtins or other layers). See the layer table in ARCHITECTURE.md.',
        },
      ],
    },
    {
      ...at('desktop/src/cli/headless.ts', "import { createWindow } from '../main/window.js';"),
      errors: [
        {
          message:
            'desktop/src/cli may not import "../main/window.js", a file in desktop/src/main (nothing imports desktop/src/main: it is the Electron composition root and imports everything else). See the layer table in ARCHITECTURE.md.',
        },
      ],
    },
  ],
});

describe('classify', () => {
  const from = path.join(root, 'desktop/src/core/a.ts');
  it('sorts specifiers into targets', () => {
    expect(classify('node:fs', from, root)).toEqual({ target: BUILTIN });
    expect(classify('fs/promises', from, root)).toEqual({ target: BUILTIN });
    expect(classify('@touchdesk/shared', from, root)).toEqual({ target: 'shared' });
    expect(classify('@nut-tree-fork/nut-js/dist/x.js', from, root)).toEqual({ target: '@nut-tree-fork/nut-js' });
    expect(classify('ws/lib/sender.js', from, root)).toEqual({ target: 'ws' });
    expect(classify('./ports.js', from, root)).toEqual({ target: 'core', detail: 'desktop/src/core/ports.js' });
    expect(classify('../server/x.js', from, root)).toEqual({ target: 'server', detail: 'desktop/src/server/x.js' });
    expect(classify('../../package.json', from, root)).toEqual({ target: OUTSIDE, detail: 'desktop/package.json' });
  });
});

describe('the real eslint.config.mjs', () => {
  const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'eslint.config.mjs') });
  const lint = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath });
    return result!.messages.map((m) => m.ruleId);
  };

  it('runs touchdesk/layers on desktop/src', async () => {
    expect(await lint('desktop/src/core/violation.ts', "export { WebSocket } from 'ws';\n")).toEqual(['touchdesk/layers']);
  });

  it('runs touchdesk/layers on shared/src and mobile-web/src', async () => {
    expect(await lint('shared/src/violation.ts', "export { randomBytes } from 'node:crypto';\n")).toEqual(['touchdesk/layers']);
    expect(await lint('mobile-web/src/violation.ts', "export { app } from 'electron';\n")).toEqual(['touchdesk/layers']);
  });

  it('passes a clean TypeScript file in a layer', async () => {
    const code = "import { type ClientMessage } from '@touchdesk/shared';\nexport const kind = (m: ClientMessage): string => m.type;\n";
    expect(await lint('desktop/src/core/clean.ts', code)).toEqual([]);
  });
});
