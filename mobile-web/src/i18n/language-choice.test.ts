import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../storage/key-value-store.js';
import { browserLanguages, LanguageChoice, languageKey } from './language-choice.js';

describe('LanguageChoice', () => {
  it('follows the browser until the user picks, then keeps the pick for this desktop', () => {
    const storage = new MemoryStore();
    const choice = new LanguageChoice(storage, 'desk:47800', ['zh-TW', 'en-US']);
    expect(choice.get()).toBe('zh-CN');
    choice.set('en');
    expect(new LanguageChoice(storage, 'desk:47800', ['zh-CN']).get()).toBe('en');
    expect(new LanguageChoice(storage, 'other:47800', ['zh-CN']).get()).toBe('zh-CN');
  });

  it('ignores a stored value it does not speak', () => {
    const storage = new MemoryStore();
    storage.setItem(languageKey('desk'), 'fr');
    expect(new LanguageChoice(storage, 'desk', ['de-DE']).get()).toBe('en');
  });

  it('reads navigator.languages, or navigator.language where there is no list', () => {
    expect(browserLanguages({ language: 'en-GB', languages: ['zh-CN', 'en'] })).toEqual(['zh-CN', 'en']);
    expect(browserLanguages({ language: 'zh-CN', languages: [] })).toEqual(['zh-CN']);
    expect(browserLanguages({ language: 'zh-CN' })).toEqual(['zh-CN']);
  });
});
