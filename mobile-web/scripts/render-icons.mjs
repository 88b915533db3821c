// Renders the home-screen icons (PNG) into mobile-web/public/icons/ from their SVG sources in
// mobile-web/icon-sources/, with the same Chromium the e2e tests drive. Run after changing an SVG, and commit the PNGs:
//   node mobile-web/scripts/render-icons.mjs
// PNGs because iOS takes no SVG for apple-touch-icon and Android wants fixed sizes in the manifest.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const mobileWeb = join(dirname(fileURLToPath(import.meta.url)), '..');
const sources = join(mobileWeb, 'icon-sources');
const icons = join(mobileWeb, 'public', 'icons');

/** [source SVG, output PNG, size, transparent corners]. iOS paints transparency black, so its icon is full bleed. */
const RENDERS = [
  ['icon.svg', 'icon-192.png', 192, true],
  ['icon.svg', 'icon-512.png', 512, true],
  ['icon-maskable.svg', 'icon-maskable-512.png', 512, false],
  ['icon-maskable.svg', 'apple-touch-icon.png', 180, false],
];

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [source, output, size, transparent] of RENDERS) {
    const svg = await readFile(join(sources, source), 'utf8');
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: join(icons, output), omitBackground: transparent });
    await page.close();
    console.log(`${output} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
