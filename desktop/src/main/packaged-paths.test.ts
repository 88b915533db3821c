import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkoutAssetRoots } from '../server/asset-roots.js';
import { iconsFolder, PACKAGED_FOLDERS, packagedAssetRoots } from './packaged-paths.js';

const repo = join(import.meta.dirname, '..', '..', '..');

/** The `from:`/`to:` pairs of electron-builder.yml's extraResources, read as the file says them. */
function extraResources(): Map<string, string> {
  const yml = readFileSync(join(repo, 'electron-builder.yml'), 'utf8');
  const section = yml.split(/^extraResources:\n/m)[1]?.split(/^\S/m)[0] ?? '';
  const pairs = [...section.matchAll(/- from: (\S+)\n\s+to: (\S+)/g)];
  return new Map(pairs.map(([, from, to]) => [to as string, from as string]));
}

describe('an installed app', () => {
  it('finds the phone page, the panel and the icons where electron-builder.yml puts them', () => {
    const resources = extraResources();
    const roots = packagedAssetRoots('/opt/TouchDesk/resources');
    expect(roots).toEqual({ phonePageRoot: '/opt/TouchDesk/resources/phone-page', panelRoot: '/opt/TouchDesk/resources/panel' });
    expect(iconsFolder(true, '/opt/TouchDesk/resources')).toBe('/opt/TouchDesk/resources/icons');
    // Each packaged folder is filled from what the checkout serves.
    const checkout = checkoutAssetRoots();
    expect(join(repo, resources.get(PACKAGED_FOLDERS.phonePage) ?? '?')).toBe(checkout.phonePageRoot);
    expect(join(repo, resources.get(PACKAGED_FOLDERS.panel) ?? '?')).toBe(checkout.panelRoot);
    expect(join(repo, resources.get(PACKAGED_FOLDERS.icons) ?? '?')).toBe(iconsFolder(false, ''));
  });

  it('has the icons the window and the tray load', () => {
    for (const name of ['icon-512.png', 'icon-1024.png', 'tray.png', 'tray@2x.png']) {
      expect(existsSync(join(iconsFolder(false, ''), name)), name).toBe(true);
    }
  });
});
