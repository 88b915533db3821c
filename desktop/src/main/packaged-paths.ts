import { join } from 'node:path';
import type { AssetRoots } from '../server/asset-roots.js';

/**
 * Where electron-builder.yml puts what the host serves and the app shows, under
 * `process.resourcesPath` in an installed app. These names and the `to:` entries of its
 * extraResources must agree; packaged-paths.test.ts checks that they do.
 */
export const PACKAGED_FOLDERS = { phonePage: 'phone-page', panel: 'panel', icons: 'icons' } as const;

export function packagedAssetRoots(resourcesPath: string): AssetRoots {
  return { phonePageRoot: join(resourcesPath, PACKAGED_FOLDERS.phonePage), panelRoot: join(resourcesPath, PACKAGED_FOLDERS.panel) };
}

/** The icons folder: beside the app in an installed one, desktop/icons in a checkout (desktop/dist/main → desktop). */
export function iconsFolder(isPackaged: boolean, resourcesPath: string): string {
  return isPackaged ? join(resourcesPath, PACKAGED_FOLDERS.icons) : join(import.meta.dirname, '..', '..', 'icons');
}
