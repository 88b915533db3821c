import { createRequire, Module } from 'node:module';

export type NutJs = typeof import('@nut-tree-fork/nut-js');

const require = createRequire(import.meta.url);

/**
 * nut-js without loading its image library up front. nut-js and its `shared` package require
 * jimp as they are imported, for screen search and image files, which TouchDesk never asks of
 * them (the slide preview captures the screen itself). Loaded eagerly, jimp cost the host 13 MB
 * of its resident memory and 90 ms of its start (measured on Node 20). Every one of those
 * modules reads jimp's `default` export only inside the functions that use it, so a stand-in
 * answers for jimp until then and loads the real one the first time it is read.
 */
export async function loadNutJs(): Promise<NutJs> {
  deferJimp();
  const nut: NutJs = (await import('@nut-tree-fork/nut-js')).default;
  return nut;
}

function deferJimp(): void {
  const path = require.resolve('jimp');
  if (require.cache[path] !== undefined || !nutJsFinds(path)) return;
  const standIn = new Module(path);
  standIn.filename = path;
  standIn.loaded = true;
  const exports = {};
  Object.defineProperty(exports, '__esModule', { value: true });
  Object.defineProperty(exports, 'default', {
    enumerable: true,
    get() {
      if (require.cache[path] === standIn) delete require.cache[path];
      return (require('jimp') as { default: unknown }).default;
    },
  });
  standIn.exports = exports;
  require.cache[path] = standIn;
}

/** Whether nut-js and its shared package find the jimp this module finds (npm hoisted it), or the stand-in would not be asked. */
function nutJsFinds(path: string): boolean {
  const nutJs = createRequire(require.resolve('@nut-tree-fork/nut-js'));
  const shared = createRequire(nutJs.resolve('@nut-tree-fork/shared'));
  return nutJs.resolve('jimp') === path && shared.resolve('jimp') === path;
}
