// TouchDesk's layer rule: the layer table in ARCHITECTURE.md, enforced by lint, not by review.
//
// One ESLint rule, `touchdesk/layers`. For the file being linted it finds the layer (by folder),
// then checks every module specifier the file names against the LAYERS table below:
//
//   import x from 'y'      import type { T } from 'y'      import 'y'
//   export * from 'y'      export { a } from 'y'
//   import('y')            require('y')                    import x = require('y')
//   type T = import('y').T
//
// Type-only imports count like any other: a type from `ws` in core still couples core to `ws`.
//
// A specifier is sorted into one "target":
//   - relative ('./a.js', '../server/b.js'): resolved against the file's folder, then named by
//     the layer that holds it. Staying inside one's own layer is always fine; stepping out into
//     another layer is importing that layer; a file that is in no layer at all is OUTSIDE.
//   - 'node:*' or any name in module.builtinModules: BUILTIN.
//   - '@touchdesk/shared' (and subpaths): the layer 'shared'.
//   - anything else: the npm package name ('ws', '@nut-tree-fork/nut-js', 'electron').
//
// The table is the single place the rules live. Change it together with ARCHITECTURE.md.

import { builtinModules } from 'node:module';
import path from 'node:path';

/** Target for node builtins ('node:fs', 'fs', 'fs/promises', ...). */
export const BUILTIN = 'node builtins';
/** Target for a relative import of a file that lies in no layer (e.g. desktop/scripts/). */
export const OUTSIDE = 'files outside the layers';
/** `mayImport: ANYTHING` with `except: [...]` lists what is forbidden instead of what is allowed. */
export const ANYTHING = '*';

const SEE_TABLE = 'See the layer table in ARCHITECTURE.md.';

/**
 * The layer table. Keys are layer names; `folder` is relative to the repository root.
 *
 * mayImport           targets a layer's files may import, besides the layer's own files.
 *                     Entries are layer names, BUILTIN, OUTSIDE, npm package names, or
 *                     '@scope/*' for every package of a scope. ANYTHING allows all targets.
 * except              with ANYTHING: targets that are still forbidden.
 * testsMayAlsoImport  extra targets for the layer's tests (*.test.ts) only.
 * why                 the reason, quoted in the lint message so nobody has to guess.
 */
export const LAYERS = {
  shared: {
    folder: 'shared/src',
    mayImport: ['valibot', '@noble/ciphers', '@noble/hashes'],
    // Shared tests may cross-check against node:crypto and friends; shared code may not.
    testsMayAlsoImport: ['vitest', BUILTIN],
    why: 'shared is the protocol and runs both in the phone browser and in Node: nothing of ours, no node builtins, no DOM, no electron; only valibot and the audited @noble crypto',
  },
  core: {
    folder: 'desktop/src/core',
    mayImport: ['shared'],
    // Core is tested with fakes (clock, transport, injector); its tests need no node builtins.
    testsMayAlsoImport: ['vitest'],
    why: 'core is pure logic: it gets ports such as Transport, InputInjector, Clock and Store instead of ws, nut-js, node builtins or other layers',
  },
  server: {
    folder: 'desktop/src/server',
    mayImport: ['core', 'shared', 'ws', 'qrcode', 'selfsigned', BUILTIN],
    testsMayAlsoImport: ['vitest'],
    why: 'server is HTTP + WebSocket transport; it reaches injection only through core ports, and the composition roots (cli, main) wire it up',
  },
  injectors: {
    folder: 'desktop/src/injectors',
    mayImport: ['core', 'shared', '@nut-tree-fork/*', 'x11', 'koffi', 'jpeg-js', 'jimp', BUILTIN],
    testsMayAlsoImport: ['vitest'],
    why: 'injectors implement the core InputInjector and ScreenCapture ports with native libs (and jpeg-js, a pure-JS encoder, for the slide preview; jimp only to hand nut-js its own image library late, nut-js-loader.ts); they know nothing of the network, the CLI or Electron',
  },
  cli: {
    folder: 'desktop/src/cli',
    mayImport: ANYTHING,
    except: ['electron', 'main', '@touchdesk/desktop'],
    testsMayAlsoImport: [],
    why: 'cli is the headless composition root and must run under plain Node, without Electron',
  },
  main: {
    folder: 'desktop/src/main',
    mayImport: ANYTHING,
    except: [],
    testsMayAlsoImport: [],
    why: 'main is the Electron composition root',
  },
  panel: {
    folder: 'desktop/panel/src',
    mayImport: ['shared'],
    testsMayAlsoImport: ['vitest'],
    why: 'the control panel is a web page: it reads state the host streams to it and speaks no other way to the desktop',
  },
  'mobile-web': {
    folder: 'mobile-web/src',
    mayImport: ['shared', 'nosleep.js'],
    testsMayAlsoImport: ['vitest', BUILTIN],
    why: 'mobile-web is the phone page: it runs in a browser and speaks to the desktop only through the protocol in @touchdesk/shared (nosleep.js: the looping-video fallback that keeps the screen on during a talk where there is no Wake Lock API)',
  },
};

/**
 * Files in no layer (e2e/, desktop/scripts/, config files): anything goes, except the one rule
 * that holds everywhere: nothing imports desktop/src/main.
 */
export const OUTSIDE_LAYERS = {
  mayImport: ANYTHING,
  except: ['main'],
  testsMayAlsoImport: [],
  why: 'nothing imports the Electron composition root',
};

/**
 * Reasons tied to a target rather than to the importing layer: they read better than the
 * importer's `why` when the target itself is the problem (main, electron).
 */
const TARGET_WHY = {
  main: 'nothing imports desktop/src/main: it is the Electron composition root and imports everything else',
  electron: 'only desktop/src/main may import electron; everything else must run under plain Node',
  '@touchdesk/desktop': "import desktop's own files by relative path, so this rule can see which layer they are in",
};

// ---------------------------------------------------------------------------------------------
// Classification

/** Normalise to forward slashes so folder prefixes match on Windows too. */
const toPosix = (p) => p.split(path.sep).join('/');

/** Layers sorted longest folder first, so a nested folder would win over its parent. */
const LAYER_FOLDERS = Object.entries(LAYERS)
  .map(([name, layer]) => ({ name, folder: layer.folder }))
  .sort((a, b) => b.folder.length - a.folder.length);

/** The layer holding `relPath` (posix, relative to the root), or undefined. */
export function layerOfPath(relPath) {
  for (const { name, folder } of LAYER_FOLDERS) {
    if (relPath === folder || relPath.startsWith(folder + '/')) return name;
  }
  return undefined;
}

/** 'ws/lib/x' → 'ws'; '@scope/pkg/sub' → '@scope/pkg'. */
export function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function isBuiltin(specifier) {
  if (specifier.startsWith('node:')) return true;
  return builtinModules.includes(specifier) || builtinModules.includes(specifier.split('/')[0]);
}

/**
 * What `specifier`, written in the file at absolute path `fromFile`, points at.
 * Returns { target, detail? }; `detail` names the resolved location of relative imports.
 */
export function classify(specifier, fromFile, root) {
  if (specifier.startsWith('.') || path.isAbsolute(specifier)) {
    const resolved = path.resolve(path.dirname(fromFile), specifier);
    const rel = toPosix(path.relative(root, resolved));
    const layer = layerOfPath(rel);
    return layer ? { target: layer, detail: rel } : { target: OUTSIDE, detail: rel };
  }
  if (isBuiltin(specifier)) return { target: BUILTIN };
  const pkg = packageName(specifier);
  if (pkg === '@touchdesk/shared') return { target: 'shared' };
  return { target: pkg };
}

/** Does a `mayImport`-style list contain `target`? Handles '@scope/*'. */
function listHas(list, target) {
  return list.some((entry) =>
    entry.endsWith('/*') ? target.startsWith(entry.slice(0, -1)) : entry === target,
  );
}

/** Is `target` allowed for `rules` (a LAYERS entry or OUTSIDE_LAYERS)? */
export function isAllowed(rules, target, isTest) {
  if (isTest && listHas(rules.testsMayAlsoImport, target)) return true;
  if (rules.mayImport === ANYTHING) return !listHas(rules.except, target);
  return listHas(rules.mayImport, target);
}

const TEST_FILE = /\.test\.[cm]?[jt]sx?$/;

// ---------------------------------------------------------------------------------------------
// The rule

/** @type {import('eslint').Rule.RuleModule} */
const layersRule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Enforce the layer table of ARCHITECTURE.md: what each folder may import.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          // Repository root that the table's folders are relative to. Default: ESLint's cwd.
          root: { type: 'string' },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      forbidden: '{{from}} may not import "{{specifier}}"{{detail}} ({{why}}). ' + SEE_TABLE,
      computed:
        '{{from}} may not load a computed module specifier: this rule cannot check it against the layer table. Use a string literal. ' +
        SEE_TABLE,
    },
  },

  create(context) {
    const root = path.resolve(context.options[0]?.root ?? context.cwd);
    const filename = context.physicalFilename ?? context.filename;
    const file = path.isAbsolute(filename) ? filename : path.resolve(root, filename);
    const relFile = toPosix(path.relative(root, file));

    const layer = layerOfPath(relFile);
    const rules = layer ? LAYERS[layer] : OUTSIDE_LAYERS;
    const from = layer ? LAYERS[layer].folder : relFile;
    const isTest = TEST_FILE.test(relFile);
    // Only layers with a whitelist must spell out every import; roots may compute them.
    const strict = rules.mayImport !== ANYTHING;

    function check(node, specifier) {
      const { target, detail } = classify(specifier, file, root);
      if (target === layer) return; // its own files
      if (isAllowed(rules, target, isTest)) return;
      context.report({
        node,
        messageId: 'forbidden',
        data: {
          from,
          specifier,
          detail: !detail ? '' : target === OUTSIDE ? `, ${detail}, which is in no layer` : `, a file in ${LAYERS[target].folder}`,
          why: TARGET_WHY[target] ?? rules.why,
        },
      });
    }

    /** Check a specifier node: a string literal, a template without `${}`, or something computed. */
    function checkSource(node, source) {
      if (!source) return;
      if (source.type === 'Literal' && typeof source.value === 'string') {
        check(node, source.value);
      } else if (source.type === 'TemplateLiteral' && source.expressions.length === 0) {
        check(node, source.quasis[0].value.cooked);
      } else if (strict) {
        context.report({ node, messageId: 'computed', data: { from } });
      }
    }

    return {
      ImportDeclaration: (node) => checkSource(node, node.source),
      ExportAllDeclaration: (node) => checkSource(node, node.source),
      ExportNamedDeclaration: (node) => node.source && checkSource(node, node.source),
      ImportExpression: (node) => checkSource(node, node.source),
      CallExpression(node) {
        // require('x'); a local function that happens to be called `require` is rare enough.
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments.length > 0) {
          checkSource(node, node.arguments[0]);
        }
      },
      // TypeScript: `import x = require('x')`.
      TSExternalModuleReference: (node) => checkSource(node, node.expression),
      // TypeScript: `type T = import('x').T`. typescript-eslint 8 calls it `source`; older, `argument`.
      TSImportType(node) {
        const source = node.source ?? node.argument?.literal ?? node.argument;
        checkSource(node, source);
      },
    };
  },
};

/** The plugin: register as `touchdesk`, use as `touchdesk/layers`. */
const plugin = {
  meta: { name: 'touchdesk-layers' },
  rules: { layers: layersRule },
};

export default plugin;
