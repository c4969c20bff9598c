/** Reading built PDFs with poppler (pdfinfo, pdftotext, pdftoppm, pdffonts, pdftohtml), as a reader's tools would. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw new Error(`${command} introuvable : installez poppler-utils (${result.error.message})`);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} a échoué : ${result.stderr}`);
  return result.stdout;
}

/** `pdfinfo` as a record: Title, Tagged, Pages, Page size… */
export function pdfInfo(file: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', ['-enc', 'UTF-8', file]).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match) info[match[1]!.trim()] = match[2]!.trim();
  }
  return info;
}

/** The text of each page (pdftotext, reading order). */
export function pdfPages(file: string, layout = false): string[] {
  const text = run('pdftotext', ['-enc', 'UTF-8', ...(layout ? ['-layout'] : []), file, '-']);
  return text.split('\f').slice(0, -1);
}

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

/** The document's bookmarks with their pages, as `pdftohtml -xml` lists them (poppler only, no qpdf). */
export function pdfOutline(file: string): OutlineItem[] {
  const xml = run('pdftohtml', ['-xml', '-i', '-q', '-stdout', '-enc', 'UTF-8', file]);
  const start = xml.indexOf('<outline>');
  if (start < 0) return [];
  const root: OutlineItem[] = [];
  const stack: OutlineItem[][] = [];
  let current = root;
  for (const token of xml.slice(start).matchAll(/<outline>|<\/outline>|<item page="(\d+)">([\s\S]*?)<\/item>/g)) {
    if (token[0] === '<outline>') {
      stack.push(current);
      // A nested list holds the kids of the item just before it.
      if (stack.length > 1) current = current.at(-1)?.kids ?? current;
    } else if (token[0] === '</outline>') {
      current = stack.pop() ?? root;
      if (!stack.length) break;
    } else {
      current.push({ title: normalize(decodeXml(token[2]!)), page: Number(token[1]), kids: [] });
    }
  }
  return root;
}

function decodeXml(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * The entries of the document catalogue that say it is accessible: language, « marked » (tagged)
 * and a structure tree. Read from the file itself: Chromium writes the catalogue uncompressed.
 */
export function pdfCatalog(file: string): { lang?: string; marked: boolean; structTree: boolean } {
  const bytes = readFileSync(file, 'latin1');
  const start = bytes.lastIndexOf('/Type /Catalog');
  if (start < 0) throw new Error(`${file} : catalogue introuvable`);
  const catalog = bytes.slice(start, bytes.indexOf('endobj', start));
  return {
    lang: /\/Lang \(([^)]*)\)/.exec(catalog)?.[1],
    marked: /\/MarkInfo\s*<<[^>]*\/Marked true/.test(catalog),
    structTree: /\/StructTreeRoot \d+ \d+ R/.test(catalog),
  };
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

export function pdfFonts(file: string): PdfFont[] {
  return run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // name type [type…] encoding emb sub uni id gen: read the fixed columns from the end.
      const embedded = columns.at(-5) === 'yes';
      return { name: columns[0]!, type: columns.slice(1, -6).join(' '), embedded };
    });
}

/** One page rendered by pdftoppm as a PNG. */
export function renderPagePng(file: string, page: number, dpi = 40): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'kit-png-'));
  try {
    run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), file, join(dir, 'page')]);
    const png = readdirSync(dir).find((name) => name.endsWith('.png'));
    if (!png) throw new Error(`pdftoppm n'a rendu aucune page de ${file}`);
    return readFileSync(join(dir, png));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
