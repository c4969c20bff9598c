/**
 * The one way tests read built pages: parsed by a spec-compliant HTML parser (parse5, through
 * hast-util-from-html), queried with CSS selectors (hast-util-select), their text read as a browser
 * would render it (hast-util-to-text, the innerText algorithm). Regexes over markup miss what a
 * browser sees: an attribute in another order, a `>` inside a quoted value, an entity, a tag
 * written inside a script.
 *
 *   const page = parsePage(html);
 *   const nav = page.select('nav[aria-label="Navigation principale"]');
 *   page.selectAll('a[href]', nav).map((a) => [attr(a, 'href'), text(a)]);
 *   headingsOf(html, 'h2'); textOf(html);
 *
 * Attribute values are strings as written in the HTML (entities decoded), `''` for a bare
 * attribute, `undefined` when absent. Text is trimmed, and each run of white space (non-breaking
 * ones included, which French typography scatters) is one space.
 */
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select as selectOne, selectAll as selectEvery } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { find, html as htmlSchema, svg as svgSchema, type Info } from 'property-information';

export type { Element, Root };

export interface Page {
  root: Root;
  /** The first element matching a CSS selector, in `from` (the whole page by default; `from` itself may match). */
  select(selector: string, from?: Nodes): Element | undefined;
  /** Every element matching a CSS selector, in document order (`from` itself included). */
  selectAll(selector: string, from?: Nodes): Element[];
  text: typeof text;
  attr: typeof attr;
}

/** Parses a whole page, or a fragment (the parser adds `<html>`, `<head>` and `<body>` as a browser does). */
export function parsePage(html: string): Page {
  const root = fromHtml(html);
  recordParents(root);
  return {
    root,
    select: (selector, from = root) => selectOne(selector, from) ?? undefined,
    selectAll: (selector, from = root) => selectEvery(selector, from),
    text,
    attr,
  };
}

/** What a reader sees of a node (innerText: no script, style, head or `hidden` element), on one line. */
export function text(node: Nodes): string {
  return toText(node).replace(/\s+/g, ' ').trim();
}

/**
 * The text of a raw-text element as the parser cut it, byte for byte (no entity decoding): a
 * `<script>`'s source, which CSP hashes and JSON.parse read, or a `<style>`'s.
 */
export function rawText(node: Element): string {
  return node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}

/**
 * Every character of the text inside a node, as the DOM's textContent: white space kept, hidden
 * parts included. For `<pre>` blocks and for exact typography (a non-breaking space).
 */
export function textContent(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textContent).join('') : '';
}

/** An element's opening tag, rebuilt from the tree (for messages: `<script type="module" src="/a.js">`). */
export function openingTag(node: Element): string {
  const written = [...attributes(node)].map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${value.replace(/"/g, '&quot;')}"`));
  return `<${node.tagName}${written.join('')}>`;
}

/** An attribute's value as written (`class`, `aria-label`, `data-x`, `xlink:href`), or undefined. */
export function attr(node: Element, name: string): string | undefined {
  for (const schema of [htmlSchema, svgSchema]) {
    const info = find(schema, name);
    if (info.property in node.properties) return serialise(node.properties[info.property], info);
  }
  return undefined;
}

/** Every attribute of an element, by its HTML name (lower case for HTML attributes). */
export function attributes(node: Element): Map<string, string> {
  const found = new Map<string, string>();
  for (const [property, value] of Object.entries(node.properties)) {
    const info = find(htmlSchema, property);
    const written = serialise(value, info);
    if (written !== undefined) found.set(info.attribute, written);
  }
  return found;
}

/** hast turns `class` into a list, `width` into a number, `hidden` into true: back to the written string. */
function serialise(value: unknown, info: Info): string | undefined {
  if (value === undefined || value === null || value === false) return undefined;
  if (value === true) return '';
  if (Array.isArray(value)) return value.join(info.commaSeparated ? ', ' : ' ');
  return String(value);
}

/**
 * The section a heading opens: its following siblings, up to the next heading of the same or a
 * higher level (the outline a screen reader announces).
 */
export function sectionAfter(heading: Element): Element[] {
  const level = headingLevel(heading);
  if (!level) throw new Error(`<${heading.tagName}> n'est pas un titre`);
  const siblings = (parentOf(heading)?.children ?? []).filter((child): child is Element => child.type === 'element');
  const section: Element[] = [];
  for (const sibling of siblings.slice(siblings.indexOf(heading) + 1)) {
    const other = headingLevel(sibling);
    if (other && other <= level) break;
    section.push(sibling);
  }
  return section;
}

const headingLevel = (element: Element) => (/^h[1-6]$/.test(element.tagName) ? Number(element.tagName[1]) : undefined);

/** hast nodes do not point to their parent: found again from the root the element was selected in. */
const parents = new WeakMap<Element, Element | Root>();
function parentOf(node: Element): Element | Root | undefined {
  return parents.get(node);
}
function recordParents(parent: Element | Root): void {
  for (const child of parent.children) {
    if (child.type !== 'element') continue;
    parents.set(child, parent);
    recordParents(child);
  }
}

/** The visible text of a page (or fragment), on one line. */
export function textOf(html: string): string {
  return text(parsePage(html).root);
}

/** The text of each heading of one level, in document order. */
export function headingsOf(html: string, tag: 'h1' | 'h2' | 'h3'): string[] {
  const page = parsePage(html);
  return page.selectAll(tag).map(text);
}

/**
 * The text of each `<script type="application/json">`, cut where the HTML parser ends it: a
 * hostile value holding `</script>` ends the script early, and what follows becomes markup.
 */
export function inlineJson(html: string): string[] {
  return parsePage(html).selectAll('script[type="application/json"]').map(rawText);
}

/**
 * What is wrong with the JSON a page carries inline: unreadable, or open to the HTML parser. The
 * check reads the script's raw text on purpose: `<`, `>` and `&` must be written as `\u003c`…
 * inside the JSON, since the parser never decodes anything in a script.
 */
export function inlineJsonProblems(html: string): string[] {
  return inlineJson(html).flatMap((json) => {
    const problems: string[] = [];
    const raw = json.match(/[<>&\u2028\u2029]/)?.[0];
    if (raw) problems.push(`caractère « ${raw} » non échappé`);
    try {
      JSON.parse(json);
    } catch {
      problems.push(`JSON illisible : ${json.slice(0, 60)}`);
    }
    return problems;
  });
}

// Raw bytes on purpose: the test writes a hostile vocabulary exactly as a careless build would,
// unescaped, into the page's source; going through a tree would serialise (and so escape) it.
const SEARCH_VOCABULARY = /(<script type="application\/json" id="search-vocabulary">)[\s\S]*?(<\/script>)/;

/** The built search page with other text in place of its vocabulary, to see what a hostile one would do. */
export function withSearchVocabulary(searchPage: string, json: string): string {
  if (!SEARCH_VOCABULARY.test(searchPage)) throw new Error('page de recherche sans vocabulaire (script#search-vocabulary)');
  return searchPage.replace(SEARCH_VOCABULARY, (_, open: string, close: string) => `${open}${json}${close}`);
}
