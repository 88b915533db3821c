import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from './errors.js';
import { INJECTION_PROBLEMS } from './injection-status.js';
import { ERROR_CODE_TEXT, fillIn, INJECTION_PROBLEM_TEXT, LANGUAGES, pickLanguage } from './user-text.js';

describe('user text', () => {
  it('has words in every language for every error code and injection problem', () => {
    for (const language of LANGUAGES) {
      for (const code of ERROR_CODES) expect(ERROR_CODE_TEXT[code][language].trim()).not.toBe('');
      for (const problem of INJECTION_PROBLEMS) expect(INJECTION_PROBLEM_TEXT[problem][language].trim()).not.toBe('');
    }
  });

  it.each([
    [['zh-CN', 'en'], 'zh-CN'],
    [['zh-TW'], 'zh-CN'],
    [['en-GB', 'zh-CN'], 'en'],
    [['de-DE', 'zh'], 'zh-CN'],
    [['fr'], 'en'],
    [[], 'en'],
  ] as const)('picks a language from %j', (preferences, expected) => {
    expect(pickLanguage(preferences)).toBe(expected);
  });
});

describe('fillIn', () => {
  it('puts each value in its place and leaves a place without one empty', () => {
    expect(fillIn('端口 {port} 已被 {who} 占用{none}', { port: 47800, who: 'nginx' })).toBe('端口 47800 已被 nginx 占用');
  });
});
