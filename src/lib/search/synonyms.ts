import { fold, rawWords, stem } from './words.ts';

/** « CVS (conseil de la vie sociale) » → ['CVS', 'conseil de la vie sociale']: the glossary's sigles join the synonyms. */
export function sigleGroups(terms: { terme: string }[]): string[][] {
  return terms.flatMap(({ terme }) => {
    const found = terme.match(/^([A-Z][A-Z0-9]+)\s*\(([^()]+)\)$/);
    return found ? [[found[1]!, found[2]!.trim()]] : [];
  });
}

/** Folded stems of a word or phrase, compared one by one with the query's. */
export function stems(text: string): string[] {
  return rawWords(text).map((word) => stem(fold(word)));
}

export interface GroupMatch {
  /** Index in the query's words of the first and after the last word matched. */
  start: number;
  end: number;
  group: string[];
}

/**
 * Where the query says a word or phrase of a group. The longest phrase wins a place; one
 * group counts once.
 */
export function matchGroups(queryWords: string[], groups: string[][]): GroupMatch[] {
  const queryStems = queryWords.map((word) => stem(fold(word)));
  const candidates: GroupMatch[] = [];
  groups.forEach((group) => {
    for (const member of group) {
      const wanted = stems(member);
      if (!wanted.length) continue;
      for (let start = 0; start + wanted.length <= queryStems.length; start++) {
        if (wanted.every((s, i) => queryStems[start + i] === s)) candidates.push({ start, end: start + wanted.length, group });
      }
    }
  });
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Set<number>();
  const used = new Set<string[]>();
  const matches: GroupMatch[] = [];
  for (const match of candidates) {
    if (used.has(match.group)) continue;
    const places = Array.from({ length: match.end - match.start }, (_, i) => match.start + i);
    if (places.some((p) => taken.has(p))) continue;
    places.forEach((p) => taken.add(p));
    used.add(match.group);
    matches.push(match);
  }
  return matches.sort((a, b) => a.start - b.start);
}
