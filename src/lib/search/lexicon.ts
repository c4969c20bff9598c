import { sigleGroups } from './synonyms.ts';
import { wordList } from './typos.ts';
import type { Lexicon } from './query-plan.ts';
import { isStringList } from '../json-shapes.ts';

/** Written beside the Pagefind index, read by the search page. */
export const LEXICON_FILE = 'kit-lexique.json';

/** Synonym groups of content/synonymes.yaml, the glossary's sigles, and the words said at least twice in the indexed pages (a few KB). */
export function buildLexicon(groups: { mots: string[] }[], glossary: { terme: string }[], indexedTexts: string[]): Lexicon {
  return { groups: [...groups.map((g) => g.mots), ...sigleGroups(glossary)], words: wordList(indexedTexts, 2), pages: indexedTexts.length };
}

/** A lexicon that cannot be read leaves a plain search: nothing else depends on it. */
export function parseLexicon(value: unknown): Lexicon {
  const data = (value ?? {}) as { groups?: unknown; words?: unknown; pages?: unknown };
  const groups = Array.isArray(data.groups) ? data.groups.filter(isStringList) : [];
  return { groups, words: isStringList(data.words) ? data.words : [], pages: typeof data.pages === 'number' ? data.pages : 0 };
}
