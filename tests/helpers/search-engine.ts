import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { LEXICON_FILE, parseLexicon } from '../../src/lib/search/lexicon.ts';
import { smartSearch } from '../../src/lib/search/smart-search.ts';
import type { Lexicon } from '../../src/lib/search/query-plan.ts';

interface BrowserHit {
  id: string;
  score: number;
  url: string;
}

/**
 * The kit's search (src/lib/search/smart-search.ts) run here, each Pagefind search of it run by
 * the built index inside Chromium, on a page of the served site.
 */
export function kitSearch(page: Page, dist: string) {
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
    const { response, outcome } = await smartSearch(term, { filters }, engine, lexicon, known);
    return { urls: (response?.results ?? []).map((r) => r.url), outcome };
  };
}
