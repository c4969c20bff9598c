/**
 * Reading editable documents back, the way a program that opens them would: the zip with a real
 * unzipper, the ODF XML with a DOM parser and the OASIS RELAX NG schema, the DOCX with mammoth,
 * the pages with parse5. What tests compare is the outline: headings, list items, table cells.
 */
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { DOMParser, type Element as XmlElement, type Node as XmlNode } from '@xmldom/xmldom';
import { validateXML } from 'xmllint-wasm';
import mammoth from 'mammoth';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

export interface Outline {
  headings: string[];
  items: string[];
  cells: string[];
}

/** Spaces to write in are `________` on a page and underlined spaces in a document: one mark for both. */
export function normalize(text: string): string {
  return text
    .replace(/_{3,}/g, '⎵')
    .replace(/\u00a0{3,}/g, '⎵')
    .replace(/☐/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export const ODF_SCHEMA = 'tests/fixtures/odf/OpenDocument-v1.3-schema.rng';
export const ODF_MANIFEST_SCHEMA = 'tests/fixtures/odf/OpenDocument-v1.3-manifest-schema.rng';

/** Validates XML files against an RNG schema with libxml2 (xmllint compiled to WebAssembly). */
export async function validateAgainst(schemaFile: string, files: { fileName: string; contents: string }[]): Promise<string[]> {
  const result = await validateXML({ xml: files, schema: { fileName: schemaFile.split('/').pop()!, contents: readFileSync(schemaFile, 'utf8') }, extension: 'relaxng' });
  return result.valid ? [] : result.errors.map((error) => error.message);
}

export interface ZipEntryHeader {
  name: string;
  method: number;
  extraLength: number;
}

/** The first local file header of a zip, read from its bytes (where a program looks for the mimetype). */
export function firstEntry(bytes: Uint8Array): ZipEntryHeader {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== 0x04034b50) throw new Error('pas un fichier zip');
  const nameLength = view.getUint16(26, true);
  return { method: view.getUint16(8, true), extraLength: view.getUint16(28, true), name: strFromU8(bytes.subarray(30, 30 + nameLength)) };
}

export function unzip(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

const TEXT_NS = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
const TABLE_NS = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0';

export function parseXml(text: string) {
  return new DOMParser().parseFromString(text, 'text/xml');
}

/** The text of an ODF element as an application shows it: `text:s` are spaces, `text:line-break` breaks. */
function odfText(node: XmlNode, skip: (element: XmlElement) => boolean = () => false): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1) return '';
  const element = node as XmlElement;
  if (skip(element)) return '';
  if (element.namespaceURI === TEXT_NS && element.localName === 's') return ' '.repeat(Number(element.getAttributeNS(TEXT_NS, 'c') || 1));
  if (element.namespaceURI === TEXT_NS && (element.localName === 'line-break' || element.localName === 'tab')) return ' ';
  const parts = Array.from(element.childNodes as unknown as ArrayLike<XmlNode>).map((child) => odfText(child, skip));
  return element.namespaceURI === TEXT_NS && (element.localName === 'p' || element.localName === 'h') ? `${parts.join('')} ` : parts.join('');
}

function descendants(node: XmlNode, ns: string, name: string): XmlElement[] {
  return Array.from((node as XmlElement).getElementsByTagNameNS(ns, name) as unknown as ArrayLike<XmlElement>);
}

export function odtOutline(contentXml: string): Outline {
  const doc = parseXml(contentXml);
  const isList = (element: XmlElement) => element.namespaceURI === TEXT_NS && element.localName === 'list';
  return {
    headings: descendants(doc, TEXT_NS, 'h').map((h) => normalize(odfText(h))),
    items: descendants(doc, TEXT_NS, 'list-item').map((item) => normalize(odfText(item, isList))),
    cells: descendants(doc, TABLE_NS, 'table-cell').map((cell) => normalize(odfText(cell))),
  };
}

/** Paragraphs of the ODT that use a style, by its name as written in the file. */
export function odtParagraphsWithStyle(contentXml: string, style: string): string[] {
  return descendants(parseXml(contentXml), TEXT_NS, 'p')
    .filter((p) => p.getAttributeNS(TEXT_NS, 'style-name') === style)
    .map((p) => normalize(odfText(p)));
}

type HtmlNode = DefaultTreeAdapterMap['node'];
type HtmlElement = DefaultTreeAdapterMap['element'];

function isElement(node: HtmlNode): node is HtmlElement {
  return 'tagName' in node;
}

function htmlText(node: HtmlNode, skip: (element: HtmlElement) => boolean = () => false): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  if (!isElement(node) && !('childNodes' in node)) return '';
  if (isElement(node) && skip(node)) return '';
  if (isElement(node) && node.tagName === 'br') return ' ';
  const children = (node as HtmlElement).childNodes ?? [];
  const inner = children.map((child) => htmlText(child, skip)).join('');
  return isElement(node) && ['p', 'li', 'h1', 'h2', 'h3', 'h4', 'td', 'th', 'legend'].includes(node.tagName) ? ` ${inner} ` : inner;
}

function walkHtml(node: HtmlNode, visit: (element: HtmlElement) => boolean | void): void {
  for (const child of (node as HtmlElement).childNodes ?? []) {
    if (!isElement(child)) continue;
    if (visit(child) === false) continue;
    walkHtml(child, visit);
  }
}

export function attribute(element: HtmlElement, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

/** The outline of HTML: headings (and a fieldset's legend, a heading of its own), list items, table cells. */
export function htmlOutline(root: HtmlNode, { skip = () => false, checklist = false }: { skip?: (element: HtmlElement) => boolean; checklist?: boolean } = {}): Outline {
  const outline: Outline = { headings: [], items: [], cells: [] };
  // What the outline skips, its text skips too: a glossary definition inside a list item is not part of the item.
  const isList = (element: HtmlElement) => element.tagName === 'ul' || element.tagName === 'ol' || skip(element);
  walkHtml(root, (element) => {
    if (skip(element)) return false;
    if (/^h[1-4]$/.test(element.tagName) || element.tagName === 'legend') outline.headings.push(normalize(htmlText(element, skip)));
    else if (element.tagName === 'li' && (checklist || !/\bchecklist\b/.test(attribute(element.parentNode as HtmlElement, 'class') ?? ''))) outline.items.push(normalize(htmlText(element, isList)));
    else if (element.tagName === 'td' || element.tagName === 'th') outline.cells.push(normalize(htmlText(element, skip)));
    return undefined;
  });
  return outline;
}

export function parseHtml(html: string) {
  return parse(html);
}

export function findElement(root: HtmlNode, test: (element: HtmlElement) => boolean): HtmlElement | undefined {
  let found: HtmlElement | undefined;
  walkHtml(root, (element) => {
    if (found) return false;
    if (test(element)) {
      found = element;
      return false;
    }
    return undefined;
  });
  return found;
}

export function findAll(root: HtmlNode, test: (element: HtmlElement) => boolean): HtmlElement[] {
  const found: HtmlElement[] = [];
  walkHtml(root, (element) => {
    if (test(element)) found.push(element);
  });
  return found;
}

export { htmlText };

/** Named styles of the DOCX shown as classes, so that callouts and checklists can be found in mammoth's HTML. */
const STYLE_MAP = [
  "p[style-name='Encadré Exemple (titre)'] => p.encadre-titre:fresh",
  "p[style-name='Encadré Attention (titre)'] => p.encadre-titre:fresh",
  "p[style-name='Encadré Astuce (titre)'] => p.encadre-titre:fresh",
  "p[style-name='Case à cocher'] => p.case:fresh",
  "p[style-name='Ligne à remplir'] => p.ligne:fresh",
  "r[style-name='À remplacer'] => mark",
];

export async function docxHtml(bytes: Uint8Array): Promise<{ html: string; messages: { type: string; message: string }[] }> {
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP });
  return { html: result.value, messages: result.messages };
}

export async function docxOutline(bytes: Uint8Array): Promise<Outline> {
  return htmlOutline(parseHtml((await docxHtml(bytes)).html), { checklist: true });
}
