import { LANGUAGES, type Language, pickLanguage } from '@touchdesk/shared';
import type { KeyValueStore } from '../storage/key-value-store.js';

/** Beside the device credential (`touchdesk.device.v1@host`): each desktop has its own. */
export function languageKey(host: string): string {
  return `touchdesk.language.v1@${host}`;
}

/**
 * The page's language: the one the user picked in the settings for this desktop, else the
 * first of the browser's preferences that the page speaks (Chinese for any zh-*), else English.
 */
export class LanguageChoice {
  private readonly key: string;

  constructor(
    private readonly storage: KeyValueStore,
    host: string,
    private readonly preferences: readonly string[],
  ) {
    this.key = languageKey(host);
  }

  get(): Language {
    return this.stored() ?? pickLanguage(this.preferences);
  }

  set(language: Language): void {
    try {
      this.storage.setItem(this.key, language);
    } catch {
      // Not remembered past this page.
    }
  }

  private stored(): Language | undefined {
    try {
      const value = this.storage.getItem(this.key);
      return LANGUAGES.find((language) => language === value);
    } catch {
      return undefined;
    }
  }
}

/** What the browser says it prefers; very old engines have only `navigator.language`. */
export function browserLanguages(nav: Pick<Navigator, 'language'> & { readonly languages?: readonly string[] }): readonly string[] {
  return nav.languages !== undefined && nav.languages.length > 0 ? nav.languages : [nav.language];
}
