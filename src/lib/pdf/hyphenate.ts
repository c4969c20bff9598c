/**
 * French hyphenation for the PDFs. Chromium hyphenates with `hyphens: auto` only when it has a
 * dictionary, which a system Chromium on Linux downloads at run time (never here: no network), so
 * the PDF step marks break points itself with soft hyphens (U+00AD). The break points come from
 * the `hyphen` library (Liang's algorithm, the one TeX uses, with the French patterns); this
 * module adds what it leaves out, the French minimums around a break.
 */
import french from 'hyphen/fr/index.js';

export const SOFT_HYPHEN = '\u00ad';

export interface HyphenationOptions {
  /** Fewest letters before the first break (French typography: 2). */
  leftMin?: number;
  /** Fewest letters after the last break (French typography: 3, never « -té » alone on a line). */
  rightMin?: number;
}

/** Splits a word into the parts between which it may be broken: « par », « ti », « ci », « pa », « tion ». */
export type Hyphenator = (word: string) => string[];

/** The library's break points, with the French minimums applied (it has no such option). */
export function createFrenchHyphenator({ leftMin = 2, rightMin = 3 }: HyphenationOptions = {}): Hyphenator {
  return (word) => {
    if (word.length < leftMin + rightMin) return [word];
    const parts = french.hyphenateSync(word, { hyphenChar: SOFT_HYPHEN, minWordLength: 1 }).split(SOFT_HYPHEN);
    while (parts.length > 1 && parts[0]!.length < leftMin) parts.splice(0, 2, parts[0]! + parts[1]!);
    while (parts.length > 1 && parts.at(-1)!.length < rightMin) parts.splice(-2, 2, parts.at(-2)! + parts.at(-1)!);
    return parts;
  };
}

let frenchHyphenation: Hyphenator | undefined;

/** The French hyphenator, made once. */
export function frenchHyphenator(): Hyphenator {
  frenchHyphenation ??= createFrenchHyphenator();
  return frenchHyphenation;
}

/** Words shorter than this are never broken: the gain is small and the cut ugly. */
const MIN_WORD = 6;
const WORD = /\p{L}+/gu;
/** Addresses, e-mails, file names and codes are never broken: a hyphen would change them. */
const NOT_PROSE = /[/@\\_=+#%~]|\p{L}\.\p{L}|\d/u;

/**
 * Adds soft hyphens to the words of a text. Proper nouns and acronyms (capitalised words) and
 * anything that looks like an address stay whole.
 */
export function hyphenateText(text: string, hyphenate: Hyphenator = frenchHyphenator()): string {
  return text.replace(/\S+/g, (token) => {
    if (NOT_PROSE.test(token)) return token;
    return token.replace(WORD, (word) => {
      if (word.length < MIN_WORD || word[0] !== word[0]!.toLowerCase()) return word;
      return hyphenate(word).join(SOFT_HYPHEN);
    });
  });
}
