/**
 * The search page's engine, loaded by search-start.ts: Pagefind's own web components show the
 * results and filters of the page's form; this script keeps their state in the address bar so
 * that reload, the back button and shared links restore it.
 */
import { getInstanceManager, type Instance } from '@pagefind/component-ui';
import { parseSearchParams, toSearchParams, type SearchState } from '../lib/search/url-state.ts';
import type { Vocabulary } from '../lib/search/vocabulary.ts';
import { LEXICON_FILE, parseLexicon } from '../lib/search/lexicon.ts';
import type { Lexicon } from '../lib/search/query-plan.ts';
import { smartSearch, type Engine, type EngineResponse, type EngineResult } from '../lib/search/smart-search.ts';
import type { SearchHints } from '../lib/search/suggestions.ts';
import { SEARCH_DEBOUNCE_MS } from '../lib/search/field.ts';
import { showOutcome } from './search-help.ts';

const vocabulary = JSON.parse(document.getElementById('search-vocabulary')?.textContent ?? '{}') as Vocabulary;
const hints = JSON.parse(document.getElementById('search-hints')?.textContent ?? '{}') as SearchHints;
const helpPanel = document.getElementById('search-help');
const bundlePath = document.querySelector('pagefind-config')?.getAttribute('bundle-path') ?? '/pagefind/';
const instance = getInstanceManager().getInstance('default');

/**
 * The page's form (there before the engine, and without JavaScript) as a Pagefind input: the
 * results and the filter pane find it to move focus back to it, as they would their own field.
 */
class SearchField extends HTMLElement {
  instance: Instance | null = null;
  get inputEl(): HTMLInputElement | null {
    return this.querySelector('input');
  }
  override focus() {
    this.inputEl?.focus();
  }
}
if (!customElements.get('kit-search-field')) customElements.define('kit-search-field', SearchField);

function connectField(field: SearchField) {
  const input = field.inputEl;
  if (!input) return;
  field.instance = instance;
  instance.registerInput(field, { keyboardNavigation: true });
  let latest = 0;
  const searchNow = () => {
    latest += 1;
    instance.triggerSearch(input.value);
  };
  input.addEventListener('input', () => {
    const id = ++latest;
    setTimeout(() => {
      if (id === latest) instance.triggerSearch(input.value);
    }, SEARCH_DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && input.value) {
      event.preventDefault();
      input.value = '';
      searchNow();
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      instance.focusNextResults(input);
    }
  });
  field.querySelector('form')?.addEventListener('submit', (event) => {
    event.preventDefault();
    searchNow();
  });
  // A search from the address (reload, back button) shows its words, unless the reader is typing.
  instance.on('search', (term: unknown) => {
    if (document.activeElement !== input) input.value = typeof term === 'string' ? term : '';
  });
}

const field = document.querySelector<SearchField>('kit-search-field');
if (field) connectField(field);

const stateFromUrl = () => parseSearchParams(new URLSearchParams(location.search), vocabulary);
const filtersKey = (state: SearchState) => JSON.stringify(parseSearchParams(toSearchParams(state, vocabulary), vocabulary).filters);

function urlOf(state: SearchState): string {
  const query = toSearchParams(state, vocabulary).toString();
  return query ? `?${query}` : location.pathname;
}

function restore() {
  const state = stateFromUrl();
  lastFilters = filtersKey(state);
  // The address keeps only what the page understood: a forged filter or a cut query is dropped.
  const understood = urlOf(state);
  if (understood !== (location.search || location.pathname)) history.replaceState(history.state, '', understood);
  instance.triggerSearchWithFilters(state.term, state.filters);
}

/** Until the URL has been applied, searches come from the components starting up, not the reader. */
let restored = false;
let lastFilters = '';

instance.on('search', (...args: unknown[]) => {
  if (!restored) return;
  const [term, filters] = args as [string | undefined, Record<string, string[]> | undefined];
  const state = { term: term ?? '', filters: filters ?? {} };
  const target = urlOf(state);
  if (target === (location.search || location.pathname)) return;
  // A filter change is a step the back button should undo; typing only refines the same step.
  const key = filtersKey(state);
  if (key !== lastFilters) history.pushState(null, '', target);
  else history.replaceState(null, '', target);
  lastFilters = key;
});

/** A group holding an active filter stays open, so that a restored search shows what filters it. */
function openActiveGroups() {
  requestAnimationFrame(() => {
    for (const group of document.querySelectorAll<HTMLDetailsElement>('pagefind-filter-pane details')) {
      if (group.querySelector('input:checked')) group.open = true;
    }
  });
}
instance.on('filters', openActiveGroups);
instance.on('search', openActiveGroups);

window.addEventListener('popstate', restore);

/** Synonyms and the word list: without them (an old cache, a failed request) the search stays Pagefind's own. */
async function loadLexicon(): Promise<Lexicon> {
  try {
    const response = await fetch(`${bundlePath}${LEXICON_FILE}`);
    return parseLexicon(response.ok ? await response.json() : null);
  } catch {
    return parseLexicon(null);
  }
}

/**
 * Pagefind's components search through the instance they loaded: its `search` is replaced by the
 * kit's (the whole query, then each idea with its synonyms and corrections), so that results,
 * filters and counts still come to the components as Pagefind's own. Only the latest search
 * writes the help panel.
 */
function useKitSearch(lexicon: Lexicon) {
  const holder = instance as unknown as { __pagefind__?: { search: Engine<EngineResult, EngineResponse<EngineResult>> } | null };
  const pagefind = holder.__pagefind__;
  if (!pagefind) return;
  const engine = pagefind.search.bind(pagefind);
  const known = new Set(lexicon.words);
  let latest = 0;
  pagefind.search = async (term, options) => {
    const id = ++latest;
    const { response, outcome } = await smartSearch(term, options, engine, lexicon, known);
    if (id === latest && helpPanel) {
      showOutcome(helpPanel, term ?? '', outcome, hints, (q) => urlOf({ term: q, filters: options.filters ?? {} }));
    }
    return response;
  };
}

/**
 * Resolves once the engine is loaded and the address applied. Faceted mode runs an empty search
 * once the index is loaded: the URL is applied after it, then what the reader typed meanwhile.
 */
export const ready = Promise.all([instance.triggerLoad(), loadLexicon()]).then(([, lexicon]) => {
  useKitSearch(lexicon);
  restore();
  restored = true;
  const typed = field?.inputEl?.value ?? '';
  if (typed.trim() && typed !== stateFromUrl().term) instance.triggerSearch(typed);
});
