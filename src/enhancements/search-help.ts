/**
 * What the search page says under its summary: that only part of the words were found,
 * « Vouliez-vous dire … ? », or where to look when nothing was found. Built with DOM nodes and
 * textContent only: the words come from the address bar.
 */
import { correctedQuery } from '../lib/search/query-plan.ts';
import type { Outcome } from '../lib/search/smart-search.ts';
import { closestObstacles, type SearchHints } from '../lib/search/suggestions.ts';
import { searchUi } from '../ui/islands/search.ts';
import { element } from './dom.ts';

function linkList(links: { url: string; text: string }[]): HTMLUListElement {
  const list = element('ul');
  for (const link of links) {
    const item = element('li');
    item.append(element('a', { href: link.url }, link.text));
    list.append(item);
  }
  return list;
}

/** `queryUrl` turns a corrected query into the page's address, filters kept. */
export function showOutcome(panel: HTMLElement, term: string, outcome: Outcome | null, hints: SearchHints, queryUrl: (q: string) => string): void {
  panel.replaceChildren();
  if (!outcome || !term) return;
  if (outcome.plan.corrections.length) {
    const suggestion = correctedQuery(term, outcome.plan.corrections);
    const line = element('p', {}, `${searchUi.didYouMean} `);
    line.append(element('a', { href: queryUrl(suggestion) }, suggestion), ' ?');
    panel.append(line);
  }
  if (outcome.kind === 'partial') {
    panel.append(element('p', {}, `${searchUi.partial} ${outcome.words.join(', ')}.`));
  }
  if (outcome.kind === 'none') {
    panel.append(element('p', {}, searchUi.nothing));
    const close = closestObstacles(term, hints.obstacles);
    if (close.length) {
      panel.append(element('p', {}, searchUi.closeObstacles), linkList(close.map((o) => ({ url: o.url, text: o.libelle }))));
    }
    panel.append(
      linkList([
        { url: hints.obstaclesUrl, text: searchUi.browseObstacles },
        { url: hints.glossaireUrl, text: searchUi.browseGlossary },
      ]),
    );
  }
}
