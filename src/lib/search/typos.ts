import { fold, rawWords, stem } from './words.ts';

/** Words shorter than this are not corrected: one letter changes too much of them. */
export const MIN_CORRECTED_LENGTH = 5;

/**
 * The kit's own words of MIN_CORRECTED_LENGTH letters or more, folded, most frequent first:
 * written at build time, read by the search page to correct one-letter typos.
 */
export function wordList(texts: Iterable<string>, minCount = 1): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of rawWords(text)) {
      const folded = fold(word);
      if (folded.length < MIN_CORRECTED_LENGTH || /\d/.test(folded)) continue;
      counts.set(folded, (counts.get(folded) ?? 0) + 1);
    }
  }
  return [...counts].filter(([, n]) => n >= minCount).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}

/** One letter added, removed, changed, or two neighbours swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}

/**
 * The most frequent word of the list one edit away, for a word the kit does not use. Another form
 * of the same word (« jeune », « jeunes ») is no typo: Pagefind finds it already.
 */
export function correction(word: string, list: readonly string[], known: ReadonlySet<string>): string | undefined {
  const folded = fold(word);
  if (folded.length < MIN_CORRECTED_LENGTH || known.has(folded)) return undefined;
  const own = stem(folded);
  return list.find((candidate) => oneEditApart(folded, candidate) && stem(candidate) !== own);
}
