import { ownValue } from '../own.ts';
import { FILTERS, type FilterKey, type Vocabulary } from './vocabulary.ts';

export interface SearchState {
  term: string;
  /** Selected values per Pagefind filter name, e.g. { Phase: ['Pendant'] }. */
  filters: Record<string, string[]>;
}

const KEYS = Object.keys(FILTERS) as FilterKey[];

/** Longer than any real search; a shared link cannot hand Pagefind a book to look for. */
export const MAX_TERM_LENGTH = 200;

/** The words searched, trimmed and cut to MAX_TERM_LENGTH characters (never inside a character). */
export function searchTerm(raw: string): string {
  return [...raw.trim().slice(0, MAX_TERM_LENGTH * 2)].slice(0, MAX_TERM_LENGTH).join('').trim();
}

/**
 * Reads `?q=…&type=fiche&phase=amont&obstacle=jargon` into a Pagefind search. Unknown slugs are
 * dropped rather than breaking the page: a shared link stays usable after content changes, and a
 * forged one (`type=constructor`) finds nothing that every object inherits.
 */
export function parseSearchParams(params: URLSearchParams, vocabulary: Vocabulary): SearchState {
  const filters: Record<string, string[]> = {};
  for (const key of KEYS) {
    const labels = params
      .getAll(key)
      .flatMap((value) => value.split(','))
      .map((slug) => ownValue(vocabulary[key], slug.trim()))
      .filter((label): label is string => typeof label === 'string' && label !== '');
    if (labels.length) filters[FILTERS[key]] = [...new Set(labels)];
  }
  return { term: searchTerm(params.get('q') ?? ''), filters };
}

/** The reverse: a readable, stable query string (same state → same URL). */
export function toSearchParams(state: SearchState, vocabulary: Vocabulary): URLSearchParams {
  const params = new URLSearchParams();
  const term = searchTerm(state.term);
  if (term) params.set('q', term);
  for (const key of KEYS) {
    const labels = ownValue(state.filters, FILTERS[key]) ?? [];
    const slugs = Object.entries(vocabulary[key])
      .filter(([, label]) => labels.includes(label))
      .map(([slug]) => slug);
    for (const slug of slugs) params.append(key, slug);
  }
  return params;
}
