import { join } from 'node:path';

export interface AssetRoots {
  readonly phonePageRoot: string;
  readonly panelRoot: string;
}

/** Where the built phone page and the panel live in a source checkout (desktop/dist/server → repo). */
export function checkoutAssetRoots(): AssetRoots {
  const repo = join(import.meta.dirname, '..', '..', '..');
  return { phonePageRoot: join(repo, 'mobile-web', 'dist'), panelRoot: join(repo, 'desktop', 'panel', 'dist') };
}
