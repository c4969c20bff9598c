import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { LEXICON_FILE, parseLexicon } from '../../src/lib/search/lexicon.ts';
import { smartSearch } from '../../src/lib/search/smart-search.ts';
import type { Lexicon } from '../../src/lib/search/query-plan.ts';
import { searchQuality, type QualityCase } from '../../src/lib/search/quality.ts';

interface BrowserHit {
  id: string;
  score: number;
  url: string;
}

/**
 * The kit's search (src/lib/search/smart-search.ts) run here, each Pagefind search of it run by
 * the built index inside Chromium, on a page of the served site. `plain` searches with Pagefind
 * alone, to compare.
 */
export function kitSearch(page: Page, dist: string, { plain = false } = {}) {
  const lexicon: Lexicon = parseLexicon(JSON.parse(readFileSync(join(dist, 'pagefind', LEXICON_FILE), 'utf8')));
  const known = new Set(lexicon.words);
  const engine = async (term: string | null, options: { filters?: Record<string, string[]> }) =>
    // A string, not a function: Vitest would rewrite a dynamic import() inside a function.
    ({
      results: (await page.evaluate(`(async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        await pagefind.init();
        const response = await pagefind.search(${JSON.stringify(term)}, { filters: ${JSON.stringify(options.filters ?? {})} });
        const data = await Promise.all(response.results.map((r) => r.data()));
        return response.results.map((r, i) => ({ id: r.id, score: r.score, url: data[i].url }));
      })()`)) as BrowserHit[],
    });
  return async (term: string, filters: Record<string, string[]> = {}) => {
    if (plain) return { urls: (await engine(term, { filters })).results.map((r) => r.url), outcome: null };
    const { response, outcome } = await smartSearch(term, { filters }, engine, lexicon, known);
    return { urls: (response?.results ?? []).map((r) => r.url), outcome };
  };
}

export const QUERY_SET_FILE = 'tests/fixtures/search-queries.json';

/** The public query set: queries as people type them, and the pages acceptable in the first three. */
export function querySet(): QualityCase[] {
  return (JSON.parse(readFileSync(QUERY_SET_FILE, 'utf8')) as { requetes: QualityCase[] }).requetes;
}

/** Top-3 hit rate and MRR of a search over the query set. */
export async function measureQuality(search: (q: string) => Promise<{ urls: string[] }>, cases = querySet()) {
  const ranked = new Map<string, string[]>();
  for (const { q } of cases) ranked.set(q, (await search(q)).urls);
  return searchQuality(cases, (q) => ranked.get(q) ?? []);
}

/** Queries of the first search tests, each with the fiche it must put among the first three fiches. */
export const FICHE_QUERIES: [string, string][] = [
  ['rembourser le transport', 'logistique-et-frais'],
  ["garde d'enfants", 'logistique-et-frais'],
  ['comité de suivi', 'structurer-et-coordonner'],
  ['animer une réunion', 'animer-une-reunion'],
  ['conflit', 'animer-une-reunion'],
  ['FALC', 'faciliter-l-expression'],
  ['langage clair', 'faciliter-l-expression'],
  ['devoir de suite', 'rendre-compte'],
  ["bilan de fin d'année", 'evaluer-avec-les-participants'],
  ['indicateurs', 'evaluer-avec-les-participants'],
  ['rapport annuel', 'capitaliser-et-perenniser'],
  ['état des lieux', 'realiser-un-etat-des-lieux'],
  ['niveau de participation', 'definir-objectifs-et-niveau'],
  ['croisement des savoirs', 'preparer-et-accompagner'],
  ['mobiliser les habitants', 'identifier-et-mobiliser'],
  ['calendrier', 'assurer-le-suivi'],
];
