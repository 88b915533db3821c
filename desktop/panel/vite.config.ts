import { defineConfig } from 'vite';

export default defineConfig({
  // The panel opens in Electron's window or the desktop's own browser: a modern engine.
  base: './',
  build: {
    outDir: 'dist',
    modulePreload: false,
    // Nothing may end up inline in index.html: the host's CSP forbids inline code and styles.
    assetsInlineLimit: 0,
  },
});
