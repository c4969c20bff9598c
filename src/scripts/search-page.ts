/**
 * The search page: Pagefind's own web components do the searching; this script keeps their
 * state in the address bar so that reload, the back button and shared links restore it.
 */
import { getInstanceManager } from '@pagefind/component-ui';
import '@pagefind/component-ui/css';
import { parseSearchParams, toSearchParams, type SearchState } from '../lib/search/url-state.ts';
import type { Vocabulary } from '../lib/search/vocabulary.ts';

const vocabulary = JSON.parse(document.getElementById('search-vocabulary')?.textContent ?? '{}') as Vocabulary;
const instance = getInstanceManager().getInstance('default');
instance.setTranslations({ clear_search: 'Effacer', placeholder: 'Rechercher une fiche, un outil, un mot…' });

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

// Faceted mode runs an empty search once the index is loaded: apply the URL after it.
void instance.triggerLoad().then(() => {
  restore();
  restored = true;
});
