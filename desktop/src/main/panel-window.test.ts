import { describe, expect, it } from 'vitest';
import { panelWindowOptions } from './panel-window.js';

describe('the panel window', () => {
  it('follows Electron’s security checklist: sandboxed, isolated, no Node, no webviews', () => {
    expect(panelWindowOptions('/app/preload.cjs', undefined).webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});
