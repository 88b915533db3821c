import { defineConfig } from 'vite';

export default defineConfig({
  // The host may serve the page under any path; relative asset URLs keep it working.
  base: './',
  build: {
    // Phones in the field run old engines: iOS 12 WKWebView (also what WeChat uses on iOS)
    // and the Chromium 6x/7x behind WeChat's and other in-app browsers on Android. ES2019
    // lowers optional chaining, `??` and class fields, which those engines cannot parse.
    target: ['es2019', 'ios12', 'chrome69'],
    // The same engines miss newer CSS syntax such as #RGBA colours and `inset`.
    cssTarget: ['ios12', 'chrome69'],
    // One entry chunk and no dynamic imports, so the preload polyfill would be dead weight.
    modulePreload: false,
    // Nothing may end up inline in index.html: the host's CSP forbids inline code and styles.
    assetsInlineLimit: 0,
  },
});
