/**
 * A cheap language check: the script of the letters, then which language's function words the text uses.
 * Enough to keep French, German, Spanish, Russian or Chinese articles out of an English pipeline; it is
 * not a language identifier.
 */
/** What the check found: a language guess ('und' when it cannot tell) and whether the text may go on. */
export interface LanguageGuess {
    lang: string;
    english: boolean;
}
/** Guesses the language from the first 20,000 characters; texts too short to judge pass as English. */
export declare function guessLanguage(text: string): LanguageGuess;
