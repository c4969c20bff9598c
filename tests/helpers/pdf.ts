/**
 * Reading built PDFs as a reader's tools would, with pdf.js (src/lib/pdf/read.ts): text of each
 * page, lines as laid out, title, language, tags, bookmarks, fonts, and pages rendered to pixels.
 * Each file is read once per test file.
 */
import { readFileSync } from 'node:fs';
import { OPS, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api';
import { PRINT_FACES } from '../../src/lib/pdf/fonts.ts';
import { withPdf } from '../../src/lib/pdf/read.ts';
import type { GreyImage } from './ink.ts';

/**
 * Text for comparisons: hyphenated words joined again (soft hyphen, and the hyphen drawn at the
 * line end), zero-width spaces dropped, every run of white space (non-breaking ones too) as one space.
 */
export function normalize(text: string): string {
  return text.replace(/\u00ad-?\s*/g, '').replace(/\u200b/g, '').replace(/\s+/g, ' ').trim();
}

export interface OutlineItem {
  title: string;
  page: number;
  kids: OutlineItem[];
}

export interface PdfFont {
  /** As the PDF names it, with its subset tag: « AAAAAA+AtkinsonHyperlegibleNext-Regular ». */
  name: string;
  /** pdf.js's font type: « CIDFontType2 » and « TrueType » are TrueType, « Type3 » are glyph procedures. */
  type: string;
  embedded: boolean;
}

/** What a PDF says, apart from its fonts (reading those costs most of the time: see readPdfText). */
export interface PdfText {
  title?: string;
  language?: string;
  pageCount: number;
  /** Width and height of the first page, in points. */
  pageSize: [number, number];
  /** The catalogue says the document is tagged (MarkInfo /Marked true). */
  tagged: boolean;
  /** Every page has a structure tree (the tags themselves). */
  structTree: boolean;
  /** The text of each page, running header and footer included; a word broken at a soft hyphen reads « par\u00ad-\nticipation ». */
  pages: string[];
  /**
   * The tagged text of each page in the order of its structure tree, the order a screen reader
   * follows (drawing order differs between Chromium versions); the running header and footer
   * are not tagged, so not there.
   */
  bodies: string[];
  /** The lines of each page, top to bottom, with three spaces or more where a wide gap separates two texts. */
  lines: string[][];
  outline: OutlineItem[];
  /** Hyphens drawn alone at a line end: words broken at a soft hyphen. */
  lineEndHyphens: number;
  /**
   * Words drawn in two pieces that touch on the same line, « parti|cipation »: what a soft hyphen
   * left where no line breaks becomes (Chromium draws it as an invisible glyph between the two).
   */
  splitWords: string[];
}

export interface PdfFile extends PdfText {
  /** Every font the pages use, once each. */
  fonts: PdfFont[];
}

/** « ABCDEF+AtkinsonHyperlegibleNext-Bold »: a subset of one of the kit's static print faces. */
const OWN_FONT = new RegExp(`^[A-Z]{6}\\+(${PRINT_FACES.map((face) => face.postscriptName).join('|')})$`);

/**
 * The fonts that are not the kit's own, embedded as a named TrueType subset: Type 3 glyph
 * procedures (what a variable font becomes), a fallback font of the machine, a font not embedded.
 */
export function foreignFonts(fonts: PdfFont[]): PdfFont[] {
  return fonts.filter((font) => !(OWN_FONT.test(font.name) && font.embedded && ['CIDFontType2', 'TrueType'].includes(font.type)));
}

const HYPHENS = new Set(['-', '\u2010']);

/** A hyphen drawn as its own text at the end of a line: the mark of a word broken at a soft hyphen. */
function isLineEndHyphen(items: TextItem[], index: number): boolean {
  const item = items[index]!;
  const before = items[index - 1];
  const after = items[index + 1];
  const endsLine = item.hasEOL || after === undefined || after.str === '' || after.transform[5] !== item.transform[5];
  return HYPHENS.has(item.str) && endsLine && before !== undefined && !before.hasEOL && /\p{L}$/u.test(before.str);
}

/** What one item reads as: the hyphen of a word broken at a soft hyphen is marked as such. */
function itemTexts(items: TextItem[]): string[] {
  return items.map((item, index) => (isLineEndHyphen(items, index) ? '\u00ad-' : item.str) + (item.hasEOL ? '\n' : ''));
}

type StructNode = { role?: string; type?: string; id?: string; children?: StructNode[] };

/** The marked-content ids of a structure tree, in its order. */
function contentIds(node: StructNode | null): string[] {
  if (!node) return [];
  if (node.type === 'content' && node.id) return [node.id];
  return (node.children ?? []).flatMap(contentIds);
}

const isTextItem = (item: TextItem | TextMarkedContent): item is TextItem => 'str' in item;

/** The page's tagged text, marked content by marked content, in the order of the structure tree. */
function taggedText(content: (TextItem | TextMarkedContent)[], tree: StructNode | null): string {
  const texts = itemTexts(content.filter(isTextItem));
  const byId = new Map<string, string>();
  const open: (string | undefined)[] = [];
  let index = 0;
  for (const item of content) {
    if (isTextItem(item)) {
      const id = open.findLast((entry) => entry !== undefined);
      if (id) byId.set(id, (byId.get(id) ?? '') + texts[index]);
      index++;
    } else if (item.type === 'endMarkedContent') open.pop();
    else open.push(item.id);
  }
  return contentIds(tree)
    .map((id) => byId.get(id) ?? '')
    .join('');
}

/** Items grouped by baseline, top to bottom, left to right; wide gaps kept as three spaces. */
function pageLines(items: TextItem[]): string[] {
  // Soft-hyphen breaks are found in drawing order, where the hyphen follows its word.
  const rows = new Map<number, TextItem[]>();
  items.forEach((item, index) => {
    if (!item.str) return;
    const text = isLineEndHyphen(items, index) ? { ...item, str: '\u00ad-' } : item;
    const y = Math.round(item.transform[5] * 2) / 2;
    rows.set(y, [...(rows.get(y) ?? []), text]);
  });
  return [...rows.entries()]
    .sort(([a], [b]) => b - a)
    .map(([, row]) => {
      row.sort((a, b) => a.transform[4] - b.transform[4]);
      let line = '';
      let end = row[0]!.transform[4];
      for (const item of row) {
        const size = Math.abs(item.transform[0]) || item.height || 10;
        const wide = (item.str.trim() === '' ? item.width : item.transform[4] - end) > 2 * size;
        if (item.str.trim() === '') line += wide ? '   ' : ' ';
        else {
          if (wide) line += '   ';
          else if (item.transform[4] - end > 0.15 * size && !/\s$/.test(line)) line += ' ';
          line += item.str;
        }
        end = item.transform[4] + item.width;
      }
      return line.replace(/\s+$/, '');
    });
}

async function outlineOf(document: PDFDocumentProxy): Promise<OutlineItem[]> {
  type Node = Awaited<ReturnType<PDFDocumentProxy['getOutline']>>[number];
  const convert = async (node: Node): Promise<OutlineItem> => {
    const destination = typeof node.dest === 'string' ? await document.getDestination(node.dest) : node.dest;
    const page = destination ? (await document.getPageIndex(destination[0])) + 1 : 0;
    return { title: normalize(node.title), page, kids: await Promise.all(node.items.map(convert)) };
  };
  return Promise.all(((await document.getOutline()) ?? []).map(convert));
}

/** Two letters on either side of a cut between two texts that touch on one baseline. */
function splitWordsOf(items: TextItem[]): string[] {
  const split: string[] = [];
  items.forEach((item, index) => {
    const before = items[index - 1];
    if (!before || before.hasEOL || before.transform[5] !== item.transform[5]) return;
    const size = Math.abs(item.transform[0]) || 10;
    const touching = Math.abs(item.transform[4] - (before.transform[4] + before.width)) < 0.05 * size;
    if (touching && /\p{L}$/u.test(before.str) && /^\p{L}/u.test(item.str)) split.push(`${/\p{L}+$/u.exec(before.str)![0]}|${/^\p{L}+/u.exec(item.str)![0]}`);
  });
  return split;
}

/** Every font one page draws with. */
async function fontsOf(page: PDFPageProxy): Promise<PdfFont[]> {
  const operators = await page.getOperatorList();
  const ids = new Set(operators.fnArray.flatMap((fn, index) => (fn === OPS.setFont ? [(operators.argsArray[index] as string[])[0]!] : [])));
  return [...ids].map((id) => {
    const font = page.commonObjs.get(id) as { name?: string; type?: string; missingFile?: boolean };
    return { name: font.name ?? '', type: font.type ?? '', embedded: font.missingFile === false };
  });
}

/** pdf.js gives the catalogue's MarkInfo as a Map. */
function markedTrue(markInfo: unknown): boolean {
  return markInfo instanceof Map ? markInfo.get('Marked') === true : (markInfo as { Marked?: boolean } | null)?.Marked === true;
}

/** Everything the tests read in a PDF, from its bytes. */
export function readPdfBytes(bytes: Uint8Array): Promise<PdfFile> {
  return readDocument(bytes, true);
}

/** The fonts come from each page's operator list, which pdf.js builds by decoding every glyph. */
function readDocument(bytes: Uint8Array, withFonts: true): Promise<PdfFile>;
function readDocument(bytes: Uint8Array, withFonts: false): Promise<PdfText>;
function readDocument(bytes: Uint8Array, withFonts: boolean): Promise<PdfText | PdfFile> {
  return withPdf(bytes, async (document) => {
    const { info } = (await document.getMetadata()) as { info: { Title?: string; Language?: string } };
    const pages: string[] = [];
    const bodies: string[] = [];
    const lines: string[][] = [];
    const fonts = new Map<string, PdfFont>();
    const splitWords: string[] = [];
    let lineEndHyphens = 0;
    let structTree = true;
    let pageSize: [number, number] = [0, 0];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      if (number === 1) pageSize = [page.view[2]! - page.view[0]!, page.view[3]! - page.view[1]!];
      // One reading of the page's text serves its plain text, its lines and its tagged text.
      const content = (await page.getTextContent({ includeMarkedContent: true })).items;
      const items = content.filter(isTextItem);
      const tree = (await page.getStructTree()) as StructNode | null;
      pages.push(itemTexts(items).join(''));
      bodies.push(taggedText(content, tree));
      lines.push(pageLines(items));
      lineEndHyphens += items.filter((_, index) => isLineEndHyphen(items, index)).length;
      splitWords.push(...splitWordsOf(items));
      if (withFonts) for (const font of await fontsOf(page)) fonts.set(`${font.name}\u0000${font.type}`, font);
      structTree &&= tree !== null;
    }
    const text: PdfText = {
      title: info.Title,
      language: info.Language,
      pageCount: document.numPages,
      pageSize,
      tagged: markedTrue(await document.getMarkInfo()),
      structTree,
      pages,
      bodies,
      lines,
      outline: await outlineOf(document),
      lineEndHyphens,
      splitWords,
    };
    return withFonts ? { ...text, fonts: [...fonts.values()] } : text;
  });
}

const opened = new Map<string, Promise<PdfFile>>();

/** Everything the tests read in one PDF, read once. */
export function readPdf(file: string): Promise<PdfFile> {
  if (!opened.has(file)) opened.set(file, readPdfBytes(readFileSync(file)));
  return opened.get(file)!;
}

const openedText = new Map<string, Promise<PdfText>>();

/** The same without the fonts, read once: for tests that only compare text. */
export function readPdfText(file: string): Promise<PdfText> {
  if (!openedText.has(file)) openedText.set(file, opened.get(file) ?? readDocument(readFileSync(file), false));
  return openedText.get(file)!;
}

/** One page (1-based) drawn by pdf.js at `dpi`, in grey levels. */
export async function renderPage(file: string, pageNumber: number, dpi = 40): Promise<GreyImage> {
  return withPdf(readFileSync(file), async (document) => {
    const page = await document.getPage(pageNumber);
    const viewport = page.getViewport({ scale: dpi / 72 });
    const factory = document.canvasFactory as { create(width: number, height: number): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D } };
    const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    // A PDF page is transparent where nothing is drawn: paper is white.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvas, canvasContext: context, viewport }).promise;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    const pixels = new Uint8Array(canvas.width * canvas.height);
    for (let i = 0; i < pixels.length; i++) pixels[i] = Math.round((data[i * 4]! + data[i * 4 + 1]! + data[i * 4 + 2]!) / 3);
    return { width: canvas.width, height: canvas.height, pixels };
  });
}
