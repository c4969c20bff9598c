/**
 * The search page's engine, loaded by search-start.ts: Pagefind's JavaScript API (its WebAssembly
 * reader runs in a worker) and the kit's own results, filters and summary. Pagefind's components
 * did this too, but weighed 43 KB compressed and kept a slow phone busy for 300 ms. The state
 * lives in the address bar, so that reload, the back button and shared links restore it.
 */
import { parseSearchParams, toSearchParams, type SearchState } from '../lib/search/url-state.ts';
import type { Vocabulary } from '../lib/search/vocabulary.ts';
import { LEXICON_FILE, parseLexicon } from '../lib/search/lexicon.ts';
import type { Lexicon } from '../lib/search/query-plan.ts';
import { smartSearch, type EngineResponse, type EngineResult } from '../lib/search/smart-search.ts';
import { FILTER_MEMBERS_FILE, countsOf, parseFilterMembers, type FilterCounts, type FilterMembers } from '../lib/search/filter-groups.ts';
import type { SearchHints } from '../lib/search/suggestions.ts';
import { SEARCH_DEBOUNCE_MS } from '../lib/search/field.ts';
import { searchUi } from '../ui/islands/search.ts';
import { showOutcome } from './search-help.ts';
import { FilterPane } from './search-filters.ts';
import { ResultList, type LazyResult } from './search-results.ts';

type PagefindResult = EngineResult & LazyResult;
type PagefindResponse = EngineResponse<PagefindResult>;
interface Pagefind {
  options: (options: { baseUrl?: string }) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options: { filters?: Record<string, string[]> }) => Promise<PagefindResponse | null>;
  filters: () => Promise<FilterCounts>;
}

const layout = document.querySelector<HTMLElement>('[data-enhance="search"]');
const readJson = <T>(id: string): T => JSON.parse(document.getElementById(id)?.textContent ?? '{}') as T;
const vocabulary = readJson<Vocabulary>('search-vocabulary');
const hints = readJson<SearchHints>('search-hints');
const bundlePath = layout?.dataset.bundlePath ?? '/pagefind/';
const baseUrl = layout?.dataset.baseUrl ?? '/';
const input = layout?.querySelector<HTMLInputElement>('input[type="search"]');
const form = input?.form;
const summary = layout?.querySelector<HTMLElement>('[data-search-summary]');
const helpPanel = document.getElementById('search-help');
const resultsBox = layout?.querySelector<HTMLElement>('[data-search-results]');
const filtersBox = layout?.querySelector<HTMLElement>('[data-search-filters]');
const browseButton = layout?.querySelector<HTMLButtonElement>('[data-search-browse]');

const results = resultsBox ? new ResultList(resultsBox, vocabulary.phase ?? {}) : null;
const pane = filtersBox ? new FilterPane(filtersBox, (filters) => run({ term: currentTerm(), filters }, 'filters')) : null;

let pagefind: Pagefind | null = null;
let lexicon: Lexicon = parseLexicon(null);
let known = new Set<string>();
let totalFilters: FilterCounts = {};
/** Which pages carry each filter value (written at build time); null if unreadable. */
let members: FilterMembers | null = null;
/** The search shown (or being fetched): what the address says once it is applied. */
let state: SearchState = { term: '', filters: {} };
/** « Parcourir » asked for the whole kit: an empty field then lists every entry. */
let browsing = false;
let latest = 0;

const currentTerm = () => input?.value ?? '';
const stateFromUrl = () => parseSearchParams(new URLSearchParams(location.search), vocabulary);
const normalised = (s: SearchState) => parseSearchParams(toSearchParams(s, vocabulary), vocabulary);
const filtersKey = (s: SearchState) => JSON.stringify(normalised(s).filters);

function urlOf(s: SearchState): string {
  const query = toSearchParams(s, vocabulary).toString();
  return query ? `?${query}` : location.pathname;
}

/**
 * How a search reaches the address: a filter is a step the back button undoes, typing only
 * refines the same step, and a search read from the address leaves it as it is (but for what the
 * page did not understand).
 */
type Origin = 'typing' | 'filters' | 'address';

function writeAddress(next: SearchState, origin: Origin) {
  const target = urlOf(next);
  if (target === (location.search || location.pathname)) return;
  if (origin === 'filters' && filtersKey(next) !== filtersKey(state)) history.pushState(null, '', target);
  else history.replaceState(origin === 'address' ? history.state : null, '', target);
}

/** Searches, draws the results, the filters, the summary and the help; only the latest search draws. */
async function run(next: SearchState, origin: Origin): Promise<void> {
  writeAddress(next, origin);
  state = normalised(next);
  const id = ++latest;
  if (!pagefind) return;
  const term = state.term;
  const lists = term !== '' || Object.keys(state.filters).length > 0 || browsing;
  if (!lists) {
    results?.clear();
    if (summary) summary.textContent = '';
    helpPanel?.replaceChildren();
    pane?.show(totalFilters, undefined, state.filters);
    // Nothing listed: « Parcourir » offers the whole kit again.
    if (browseButton) browseButton.hidden = false;
    return;
  }
  const engine = pagefind.search.bind(pagefind);
  const { response, outcome } = await smartSearch(term || null, { filters: state.filters }, engine, lexicon, known);
  if (id !== latest) return;
  const found = response?.results ?? [];
  await results?.show(found);
  if (id !== latest) return;
  if (summary) summary.textContent = searchUi.summary(found.length, term);
  // The list is there, so the button steps aside; never sooner, or it would vanish under the
  // keyboard or the finger of the reader about to press it while the engine loads.
  if (browseButton) browseButton.hidden = true;
  if (helpPanel) showOutcome(helpPanel, term, outcome, hints, (q) => urlOf({ term: q, filters: state.filters }));
  // Without the build's file (an old offline copy), Pagefind's counts of its first search stand in.
  const counts = members ? countsOf(found.map((result) => result.id), members) : response?.filters;
  pane?.show(totalFilters, counts, state.filters);
}

/** A JSON file written beside the index; null when it cannot be had (an old cache, a failed request). */
async function readIndexFile(name: string): Promise<unknown> {
  try {
    const response = await fetch(`${bundlePath}${name}`);
    return response.ok ? await response.json() : null;
  } catch {
    return null;
  }
}

async function loadEngine(): Promise<Pagefind> {
  const engine = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as Pagefind;
  await engine.options({ baseUrl });
  await engine.init();
  return engine;
}

function connectField(field: HTMLInputElement) {
  let typing = 0;
  field.addEventListener('input', () => {
    const id = ++typing;
    setTimeout(() => {
      if (id === typing) void run({ term: field.value, filters: state.filters }, 'typing');
    }, SEARCH_DEBOUNCE_MS);
  });
  field.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && field.value) {
      event.preventDefault();
      typing += 1;
      field.value = '';
      void run({ term: '', filters: state.filters }, 'typing');
    } else if (event.key === 'ArrowDown') {
      const first = results?.links()[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  });
  form?.addEventListener('submit', (event) => {
    event.preventDefault();
    typing += 1;
    void run({ term: field.value, filters: state.filters }, 'typing');
  });
}

/** Up and down move between results, as in a list; up from the first goes back to the field. */
resultsBox?.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = results?.links() ?? [];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (at === -1) return;
  event.preventDefault();
  const next = event.key === 'ArrowDown' ? links[at + 1] : (links[at - 1] ?? input);
  next?.focus();
});

window.addEventListener('popstate', () => {
  const next = stateFromUrl();
  if (input) input.value = next.term;
  void run(next, 'address');
});

/** The whole kit, to narrow with the filters (the « Parcourir » button). */
export function browse(): Promise<void> {
  browsing = true;
  return run({ term: currentTerm(), filters: state.filters }, 'typing');
}

/**
 * Resolves once the engine is loaded and the address applied, or what the reader typed while it
 * loaded. A failed load says so in the summary: the plain form still sends its words to the page.
 */
export const ready: Promise<void> = Promise.all([loadEngine(), readIndexFile(LEXICON_FILE), readIndexFile(FILTER_MEMBERS_FILE)])
  .then(async ([engine, words, filterMembers]) => {
    pagefind = engine;
    // Without the synonyms and the word list the search stays Pagefind's own.
    lexicon = parseLexicon(words);
    known = new Set(lexicon.words);
    members = parseFilterMembers(filterMembers);
    totalFilters = await engine.filters();
    if (input) connectField(input);
    const fromUrl = stateFromUrl();
    const typed = currentTerm();
    const next = typed.trim() && typed !== fromUrl.term ? { term: typed, filters: fromUrl.filters } : fromUrl;
    if (input && !typed.trim()) input.value = next.term;
    await run(next, next === fromUrl ? 'address' : 'typing');
  })
  .catch((error: unknown) => {
    console.error(error);
    if (summary) summary.textContent = searchUi.failed;
  });
