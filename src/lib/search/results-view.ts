/**
 * What the search page shows of a Pagefind result, decided on plain data: its link, title, type,
 * fiche badge and the words of its excerpt. Everything here comes from the index, so from
 * contributors' files: a link leaves the site only if it stays on it, a class name is one the
 * kit knows, and an excerpt is read as a tree of nodes in which only text and `<mark>` count.
 */
import { ownValue } from '../own.ts';

/** How many results the page draws at once; « Voir les résultats suivants » draws as many more. */
export const RESULTS_PAGE_SIZE = 10;

/** The part of `result.data()` the page reads. */
export interface ResultData {
  url?: unknown;
  excerpt?: unknown;
  meta?: Record<string, unknown>;
}

export interface ResultView {
  href: string;
  title: string;
  type: string;
  /** Fiches only: « Fiche 3 · Pendant », and the phase whose colour the badge takes. */
  fiche?: { text: string; phaseId?: string };
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/**
 * The address a result may link to: on the page's own origin, over http(s), written as a path so
 * that the link still works under a sub-path and offline. Anything else (`javascript:`, another
 * host, an unreadable address) gives null and the result is not drawn.
 */
export function safeHref(raw: unknown, page: URL): string | null {
  const written = text(raw);
  if (!written) return null;
  let url: URL;
  try {
    url = new URL(written, page);
  } catch {
    return null;
  }
  if (url.origin !== page.origin || (url.protocol !== 'http:' && url.protocol !== 'https:')) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** `phases`: the kit's phase ids (slug → title), the only ones a badge may take the colour of. */
export function resultView(data: ResultData, page: URL, phases: Readonly<Record<string, string>>): ResultView | null {
  const meta = data.meta ?? {};
  const href = safeHref(meta.url ?? data.url, page);
  if (!href) return null;
  const title = text(meta.title) || href;
  const view: ResultView = { href, title, type: text(meta.type) };
  const numero = text(meta.numero);
  if (numero) {
    const phaseId = text(meta.phase_id);
    view.fiche = { text: [`Fiche ${numero}`, text(meta.phase)].filter(Boolean).join(' · ') };
    if (ownValue(phases, phaseId) !== undefined) view.fiche.phaseId = phaseId;
  }
  return view;
}

/** The part of a DOM node an excerpt is read through (a parsed, inert document). */
export interface ExcerptNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<ExcerptNode>;
}
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * The words of an excerpt Pagefind wrote as HTML, from the tree a parser made of it: text is
 * kept, `<mark>` marks its text, any other element is read as its text only, everything else
 * (comments, processing instructions) is dropped. Neighbouring parts of the same kind merge.
 */
export function excerptParts(root: ExcerptNode): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const push = (value: string, marked: boolean) => {
    if (!value) return;
    const last = parts[parts.length - 1];
    if (last && last.marked === marked) last.text += value;
    else parts.push({ text: value, marked });
  };
  const walk = (node: ExcerptNode, marked: boolean) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) push(child.textContent ?? '', marked);
      else if (child.nodeType === ELEMENT_NODE) walk(child, marked || child.nodeName.toUpperCase() === 'MARK');
    }
  };
  walk(root, false);
  return parts;
}
