import { TextTypingError, type TextTyper, type TextTypingErrorCode } from './text-typer.js';

/**
 * A typer with a last resort: the fallback types a text only when the first typer refused it
 * with one of the given codes, and those codes must mean that it typed nothing of it. Any other
 * failure is the user's to know about, not to be papered over.
 */
export class FallbackTextTyper implements TextTyper {
  constructor(
    readonly first: TextTyper,
    readonly fallback: TextTyper,
    readonly fallBackOn: readonly TextTypingErrorCode[],
  ) {}

  async typeText(text: string): Promise<void> {
    try {
      await this.first.typeText(text);
    } catch (error) {
      if (!(error instanceof TextTypingError) || !this.fallBackOn.includes(error.code)) throw error;
      await this.fallback.typeText(text);
    }
  }
}
