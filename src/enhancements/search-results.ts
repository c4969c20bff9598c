/**
 * Draws the search page's results: a list of links, RESULTS_PAGE_SIZE at a time, each with its
 * type, its fiche badge and its excerpt. Built with DOM nodes and textContent only; an excerpt is
 * parsed into an inert document (nothing in it loads or runs) and only its text and `<mark>` are
 * kept (excerptParts).
 */
import { RESULTS_PAGE_SIZE, excerptParts, resultView, type ResultData } from '../lib/search/results-view.ts';
import { searchUi } from '../ui/islands/search.ts';
import { element } from './dom.ts';

/** A Pagefind result: its data is fetched only when the page draws it. */
export interface LazyResult {
  data: () => Promise<ResultData>;
}

const parser = new DOMParser();

function excerptNodes(html: string): Node[] {
  const body = parser.parseFromString(`<!doctype html><body>${html}`, 'text/html').body;
  return excerptParts(body).map((part) => {
    if (!part.marked) return document.createTextNode(part.text);
    const mark = document.createElement('mark');
    mark.textContent = part.text;
    return mark;
  });
}

function resultItem(data: ResultData, page: URL, phases: Readonly<Record<string, string>>): HTMLLIElement | null {
  const view = resultView(data, page, phases);
  if (!view) return null;
  const item = element('li', { class: 'resultat' });
  const kind = element('p', { class: 'resultat__type' });
  if (view.type) kind.append(element('span', { class: 'tag' }, view.type));
  if (view.fiche) kind.append(element('span', { class: view.fiche.phaseId ? `phase-badge phase-${view.fiche.phaseId}` : 'phase-badge' }, view.fiche.text));
  if (kind.childNodes.length) item.append(kind);
  const title = element('p', { class: 'resultat__titre' });
  title.append(element('a', { class: 'resultat__lien', href: view.href }, view.title));
  item.append(title);
  const excerpt = typeof data.excerpt === 'string' ? excerptNodes(data.excerpt) : [];
  if (excerpt.length) {
    const paragraph = element('p', { class: 'resultat__extrait' });
    paragraph.append(...excerpt);
    item.append(paragraph);
  }
  return item;
}

export class ResultList {
  private results: LazyResult[] = [];
  private shown = 0;
  private drawing = 0;
  private readonly list: HTMLUListElement;
  private readonly more: HTMLButtonElement;

  constructor(
    container: HTMLElement,
    private readonly phases: Readonly<Record<string, string>>,
  ) {
    this.list = element('ul', { class: 'resultats', 'aria-label': searchUi.resultsLabel });
    this.more = element('button', { type: 'button', class: 'button button--secondary resultats__suite' }, searchUi.more);
    this.more.hidden = true;
    this.more.addEventListener('click', () => void this.showMore(true));
    container.replaceChildren(this.list, this.more);
  }

  /** Replaces the results; resolves once the first ones are drawn (or a newer call took over). */
  async show(results: LazyResult[]): Promise<void> {
    this.results = results;
    this.shown = 0;
    await this.showMore(false);
  }

  clear(): void {
    this.drawing += 1;
    this.results = [];
    this.shown = 0;
    this.list.replaceChildren();
    this.more.hidden = true;
  }

  /** The links in reading order, for the arrow keys. */
  links(): HTMLAnchorElement[] {
    return [...this.list.querySelectorAll<HTMLAnchorElement>('a.resultat__lien')];
  }

  private async showMore(focusFirstNew: boolean): Promise<void> {
    const draw = ++this.drawing;
    const first = this.shown;
    const batch = this.results.slice(first, first + RESULTS_PAGE_SIZE);
    this.list.setAttribute('aria-busy', 'true');
    // All of a batch's data first, then one change to the page: one layout on a slow phone.
    const data = await Promise.all(batch.map((result) => result.data().catch(() => null)));
    if (draw !== this.drawing) return;
    const page = new URL(location.href);
    const items = data.flatMap((entry) => (entry ? (resultItem(entry, page, this.phases) ?? []) : []));
    if (first === 0) this.list.replaceChildren(...items);
    else this.list.append(...items);
    this.shown = first + batch.length;
    this.more.hidden = this.shown >= this.results.length;
    this.list.setAttribute('aria-busy', 'false');
    if (focusFirstNew) items[0]?.querySelector('a')?.focus();
  }
}
