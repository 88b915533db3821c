import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadNutJs } from './nut-js-loader.js';

const require = createRequire(import.meta.url);
const jimpPackagesLoaded = () => Object.keys(require.cache).filter((path) => /[\\/]@?jimp[\\/]/.test(path) && !path.endsWith('jimp/dist/index.js'));

describe('loadNutJs', () => {
  it('gives the whole nut-js API without loading jimp, and loads jimp when nut-js first uses it', async () => {
    const nut = await loadNutJs();
    expect(typeof nut.mouse.setPosition).toBe('function');
    expect(nut.Key.A).toBeDefined();
    expect(jimpPackagesLoaded()).toEqual([]);

    // nut-js's own image conversion, the first use of jimp: the real library answers.
    const shared = await import('@nut-tree-fork/shared');
    const pixel = new shared.Image(1, 1, Buffer.from([10, 20, 30, 255]), 4, 'pixel', 32, 4, shared.ColorMode.RGB);
    const image = shared.imageToJimp(pixel);
    expect(image.bitmap.width).toBe(1);
    expect([...image.bitmap.data]).toEqual([10, 20, 30, 255]);
    expect(jimpPackagesLoaded().length).toBeGreaterThan(0);
  });
});
