import { matchGroups } from './synonyms.ts';
import { correction } from './typos.ts';
import { fold, isStopWord, rawWords } from './words.ts';

/** What the search knows of the kit's words: synonym groups and the word list. */
export interface Lexicon {
  groups: string[][];
  words: string[];
  /** How many pages and records the index holds, to tell a rare idea from a common one. */
  pages?: number;
}

/** Ideas searched at most: a shared link of 200 characters stays a handful of searches. */
export const MAX_IDEAS = 8;

/** One idea of the query and the ways a page may say it. */
export interface Concept {
  /** As typed, shown in « Résultats pour une partie de vos mots : … ». */
  label: string;
  alternatives: string[];
}

export interface QueryPlan {
  /** The query as searched whole: as typed, or with its typos corrected. */
  term: string;
  concepts: Concept[];
  /** Typed word → the kit's word one letter away, for « Vouliez-vous dire … ? ». */
  corrections: [string, string][];
}

/**
 * Splits a query into its significant ideas: a phrase of a synonym group is one idea with all its
 * group's words, any other word that is not a stop word is one idea (with its correction if the kit
 * does not know it).
 */
export function planQuery(term: string, lexicon: Lexicon, known: ReadonlySet<string> = new Set(lexicon.words)): QueryPlan {
  const words = rawWords(term);
  const corrections: [string, string][] = [];
  const corrected = words.map((word) => {
    const fixed = correction(word, lexicon.words, known);
    if (fixed) corrections.push([word, fixed]);
    return fixed ?? word;
  });
  const matches = matchGroups(corrected, lexicon.groups);
  const concepts: { at: number; concept: Concept }[] = matches.map((m) => ({
    at: m.start,
    concept: { label: words.slice(m.start, m.end).join(' '), alternatives: unique([corrected.slice(m.start, m.end).join(' '), ...m.group]) },
  }));
  words.forEach((word, at) => {
    if (matches.some((m) => at >= m.start && at < m.end) || isStopWord(word)) return;
    // A word the kit never says twice, one letter from one it says: searched as the kit spells it.
    concepts.push({ at, concept: { label: word, alternatives: [corrected[at]!] } });
  });
  // A word said twice is one idea; a very long query keeps its first ideas (each one is a search).
  const ideas = concepts.sort((a, b) => a.at - b.at).map((c) => c.concept).filter((c, i, all) => all.findIndex((o) => fold(o.label) === fold(c.label)) === i);
  return { term: correctedQuery(term, corrections), concepts: ideas.slice(0, MAX_IDEAS), corrections };
}

/** The query with its typos corrected, offered as « Vouliez-vous dire … ? ». */
export function correctedQuery(term: string, corrections: [string, string][]): string {
  let result = term;
  for (const [typed, fixed] of corrections) result = result.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(typed)}(?![\\p{L}\\p{N}])`, 'iu'), fixed);
  return result;
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = fold(v);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
