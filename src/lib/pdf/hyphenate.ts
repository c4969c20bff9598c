/**
 * French hyphenation for the PDFs. Chromium hyphenates with `hyphens: auto` only when it has a
 * dictionary, which a system Chromium on Linux downloads at run time (never here: no network), so
 * the PDF step marks break points itself with soft hyphens (U+00AD), found by Liang's algorithm
 * (the one TeX uses) with the French patterns.
 */
import { FRENCH_PATTERNS } from './hyph-fr.ts';

export const SOFT_HYPHEN = '\u00ad';

export interface HyphenationOptions {
  /** Fewest letters before the first break (French typography: 2). */
  leftMin?: number;
  /** Fewest letters after the last break (French typography: 3, never « -ment » cut as « -nt »). */
  rightMin?: number;
}

/** Splits a word into the parts between which it may be broken: « par », « ti », « ci », « pa », « tion ». */
export type Hyphenator = (word: string) => string[];

export function createHyphenator(patterns: string, { leftMin = 2, rightMin = 3 }: HyphenationOptions = {}): Hyphenator {
  const table = new Map<string, number[]>();
  let longest = 0;
  for (const pattern of patterns.split(/\s+/).filter(Boolean)) {
    const values = [0];
    let letters = '';
    for (const char of pattern) {
      if (char >= '0' && char <= '9') values[values.length - 1] = Number(char);
      else {
        letters += char;
        values.push(0);
      }
    }
    table.set(letters, values);
    longest = Math.max(longest, letters.length);
  }

  return (word) => {
    const lower = word.toLowerCase();
    // toLowerCase can change the length of some scripts; French letters keep it, others stay whole.
    if (lower.length !== word.length || word.length < leftMin + rightMin) return [word];
    const dotted = `.${lower}.`;
    // points[i] is the score of the gap before dotted[i]; an odd score allows a break there.
    const points = new Array<number>(dotted.length + 1).fill(0);
    for (let start = 0; start < dotted.length; start++) {
      for (let end = start + 1; end <= Math.min(dotted.length, start + longest); end++) {
        const values = table.get(dotted.slice(start, end));
        if (!values) continue;
        values.forEach((value, offset) => {
          if (value > points[start + offset]!) points[start + offset] = value;
        });
      }
    }
    const parts: string[] = [];
    let from = 0;
    for (let at = leftMin; at <= word.length - rightMin; at++) {
      if (points[at + 1]! % 2 === 1) {
        parts.push(word.slice(from, at));
        from = at;
      }
    }
    parts.push(word.slice(from));
    return parts;
  };
}

let french: Hyphenator | undefined;

/** The French hyphenator, built once from the patterns. */
export function frenchHyphenator(): Hyphenator {
  french ??= createHyphenator(FRENCH_PATTERNS);
  return french;
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
