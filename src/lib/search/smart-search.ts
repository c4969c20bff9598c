import { planQuery, type Lexicon, type QueryPlan } from './query-plan.ts';

/** The part of a Pagefind result and response this search reads and hands back. */
export interface EngineResult {
  id: string;
  score: number;
}
export interface EngineResponse<R extends EngineResult> {
  results: R[];
  unfilteredResultCount?: number;
  filters?: Record<string, Record<string, number>>;
  totalFilters?: Record<string, Record<string, number>>;
}
export type Engine<R extends EngineResult, P extends EngineResponse<R>> = (term: string | null, options: { filters?: Record<string, string[]> }) => Promise<P | null>;

export type Outcome =
  | { kind: 'complete'; plan: QueryPlan }
  /** No page has every idea: the first results have `words`. */
  | { kind: 'partial'; plan: QueryPlan; words: string[] }
  | { kind: 'none'; plan: QueryPlan };

/** The whole query found on a page counts as one more idea of average weight. */
const EXACT_WEIGHT = 1;

/**
 * Searches the whole query and each idea of it (with its synonyms and corrections), with the same
 * filters, then ranks pages by how many ideas they hold, then by their scores. Pages keep the
 * result object of a search that found them, so excerpts show the words really on the page.
 */
export async function smartSearch<R extends EngineResult, P extends EngineResponse<R>>(
  term: string | null,
  options: { filters?: Record<string, string[]> },
  engine: Engine<R, P>,
  lexicon: Lexicon,
  known?: ReadonlySet<string>,
): Promise<{ response: P | null; outcome: Outcome | null }> {
  const plan = term ? planQuery(term, lexicon, known) : null;
  if (!term || !plan || plan.concepts.length === 0) {
    const response = await engine(term, options);
    return { response, outcome: plan ? (response?.results.length ? { kind: 'complete', plan } : { kind: 'none', plan }) : null };
  }
  const queries = [...new Set([plan.term, ...plan.concepts.flatMap((c) => c.alternatives.map(asQuery))])];
  const responses = new Map(await Promise.all(queries.map(async (q) => [q, await engine(q, options)] as const)));
  const exact = responses.get(plan.term) ?? null;

  const pages = new Map<string, { result: R; exact: number; ideas: number[] }>();
  const entry = (result: R) => {
    let page = pages.get(result.id);
    if (!page) pages.set(result.id, (page = { result, exact: 0, ideas: plan.concepts.map(() => 0) }));
    return page;
  };
  for (const result of exact?.results ?? []) entry(result).exact = normalised(result, exact!);
  // An idea found on most pages (« participants ») tells little: rarer ideas weigh more.
  const weights = plan.concepts.map((concept) => {
    const found = new Set(concept.alternatives.flatMap((a) => responses.get(asQuery(a))?.results.map((r) => r.id) ?? []));
    return Math.log(1 + Math.max(lexicon.pages ?? 0, pages.size, found.size) / Math.max(1, found.size));
  });
  plan.concepts.forEach((concept, index) => {
    for (const alternative of concept.alternatives) {
      const response = responses.get(asQuery(alternative));
      for (const result of response?.results ?? []) {
        const page = entry(result);
        page.ideas[index] = Math.max(page.ideas[index]!, normalised(result, response!));
      }
    }
  });
  const ranked = [...pages.values()]
    .map((page) => ({
      ...page,
      held: page.ideas.filter((s) => s > 0).length,
      total: page.ideas.reduce((sum, score, i) => sum + score * weights[i]!, 0) + EXACT_WEIGHT * page.exact * mean(weights),
    }))
    .sort((a, b) => b.held - a.held || b.total - a.total);

  const widest = [...responses.values()].reduce<P | null>((best, r) => (r && (!best || r.results.length > best.results.length) ? r : best), null);
  const base = exact?.results.length ? exact : widest;
  if (!base) return { response: null, outcome: { kind: 'none', plan } };
  const response = { ...base, results: ranked.map((page) => page.result) } as P;
  const first = ranked[0];
  if (!first) return { response, outcome: { kind: 'none', plan } };
  if (first.held === plan.concepts.length || first.exact > 0) return { response, outcome: { kind: 'complete', plan } };
  return { response, outcome: { kind: 'partial', plan, words: plan.concepts.filter((_, i) => first.ideas[i]! > 0).map((c) => c.label) } };
}

/** A phrase of several words is searched as a phrase: « personne ne vient », not three loose words. */
const asQuery = (alternative: string) => (/\s/.test(alternative.trim()) ? `"${alternative.replace(/"/g, '')}"` : alternative);

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

function normalised(result: EngineResult, response: EngineResponse<EngineResult>): number {
  const top = response.results[0]?.score ?? 0;
  return top > 0 ? result.score / top : 0;
}
