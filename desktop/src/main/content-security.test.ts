import { describe, expect, it } from 'vitest';
import { panelResponse } from './content-security.js';

const PANEL = 'http://127.0.0.1:40111/?key=abc';

describe('the panel window’s responses', () => {
  it('carry the host’s CSP, whatever the response said', () => {
    const answer = panelResponse('http://127.0.0.1:40111/assets/index.js', { 'content-security-policy': ["default-src *"], 'Content-Type': ['text/javascript'] }, PANEL);
    expect(answer).toEqual({ responseHeaders: { 'Content-Type': ['text/javascript'], 'Content-Security-Policy': [expect.stringContaining("script-src 'self'")] } });
  });

  it('are cancelled when they come from anywhere else', () => {
    expect(panelResponse('https://cdn.example/x.js', {}, PANEL)).toEqual({ cancel: true });
    expect(panelResponse('http://127.0.0.1:47800/', {}, PANEL)).toEqual({ cancel: true });
  });
});
