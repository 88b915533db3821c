import { LANGUAGES } from '@touchdesk/shared';
import { describe, expect, it } from 'vitest';
import { MAIN_TEXT, mainLanguage } from './main-text.js';

describe('the desktop app’s words', () => {
  it('exist in every language', () => {
    for (const language of LANGUAGES) for (const text of Object.values(MAIN_TEXT)) expect(text[language].trim()).not.toBe('');
  });

  it('follow the setting, or the system when it says auto', () => {
    expect(mainLanguage('auto', 'zh-CN')).toBe('zh-CN');
    expect(mainLanguage('auto', 'de-DE')).toBe('en');
    expect(mainLanguage('en', 'zh-CN')).toBe('en');
  });
});
