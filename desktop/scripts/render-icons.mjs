// Renders desktop/icons/icon.svg into the PNGs the app and its installers use, with the same
// Chromium the end-to-end tests drive (no image tool to install). Run after changing the SVG:
//
//   node desktop/scripts/render-icons.mjs
//
// icon-512.png and icon-1024.png: window, Linux packages, and the source electron-builder
// turns into .ico (Windows) and .icns (macOS). tray.png and tray@2x.png: the tray icon.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const icons = join(dirname(fileURLToPath(import.meta.url)), '..', 'icons');
const svg = await readFile(join(icons, 'icon.svg'), 'utf8');
const sizes = { 'icon-1024.png': 1024, 'icon-512.png': 512, 'tray.png': 22, 'tray@2x.png': 44 };

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [name, size] of Object.entries(sizes)) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
    await page.screenshot({ path: join(icons, name), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
