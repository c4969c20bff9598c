import { FILTERS, type FilterKey, type Vocabulary } from './vocabulary.ts';

export interface SearchState {
  term: string;
  /** Selected values per Pagefind filter name, e.g. { Phase: ['Pendant'] }. */
  filters: Record<string, string[]>;
}

const KEYS = Object.keys(FILTERS) as FilterKey[];

/**
 * Reads `?q=…&type=fiche&phase=amont&obstacle=jargon` into a Pagefind search. Unknown slugs are
 * dropped rather than breaking the page: a shared link stays usable after content changes.
 */
export function parseSearchParams(params: URLSearchParams, vocabulary: Vocabulary): SearchState {
  const filters: Record<string, string[]> = {};
  for (const key of KEYS) {
    const labels = params
      .getAll(key)
      .flatMap((value) => value.split(','))
      .map((slug) => vocabulary[key][slug.trim()])
      .filter((label): label is string => Boolean(label));
    if (labels.length) filters[FILTERS[key]] = [...new Set(labels)];
  }
  return { term: (params.get('q') ?? '').trim(), filters };
}

/** The reverse: a readable, stable query string (same state → same URL). */
export function toSearchParams(state: SearchState, vocabulary: Vocabulary): URLSearchParams {
  const params = new URLSearchParams();
  if (state.term.trim()) params.set('q', state.term.trim());
  for (const key of KEYS) {
    const labels = state.filters[FILTERS[key]] ?? [];
    const slugs = Object.entries(vocabulary[key])
      .filter(([, label]) => labels.includes(label))
      .map(([slug]) => slug);
    for (const slug of slugs) params.append(key, slug);
  }
  return params;
}
