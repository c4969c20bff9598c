/**
 * The `pdf` step of `npm run build`: prints every fiche, every outil and the whole kit to PDF with
 * Chromium (src/lib/pdf/browser.ts says which), from the built pages and the print stylesheet. Runs after `astro` and
 * before `pagefind`, so that the search index sees the pages with their final download links.
 *
 * - One browser, several pages printed at once.
 * - A PDF whose page (and print recipe) did not change is copied from the cache instead of printed.
 * - Pages are served to Chromium from the build folder through request interception: no server,
 *   no port, and any request outside the site is refused.
 * - Once every PDF exists, its real size is written into the download links of the built pages.
 */
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserChoice } from '../../src/lib/pdf/browser.ts';
import { PRINT_FACES, PRINT_FONT_FAMILY, PRINT_FONT_PACKAGE, PRINT_FONT_RULE, PRINT_SUBSETS, TEMPLATE_FACES, printFontFaceCss, printFontFile, type LoadedFace, type PrintFace } from '../../src/lib/pdf/fonts.ts';
import { BrowserError, browserIdentity, launchBrowser, locateBrowser } from '../../src/lib/pdf/launch.ts';
import { pdfPageTexts } from '../../src/lib/pdf/read.ts';
import { pdfCacheKey } from '../../src/lib/pdf/hash.ts';
import { printHtml } from '../../src/lib/pdf/print-html.ts';
import { pdfJobs, type PdfJob } from '../../src/lib/pdf/jobs.ts';
import { contentWidthPx, textWidthPx } from '../../src/lib/pdf/paper.ts';
import { PDF_SIZE_ATTRIBUTE, fillPdfSizes } from '../../src/lib/pdf/size.ts';
import { footerTemplate, formatGenerationDate, generationDate, headerTemplate } from '../../src/lib/pdf/templates.ts';
import { findMarkerPages, tocMarker } from '../../src/lib/pdf/toc.ts';
import { PRINT_ROUTES_PREFIX, withBase } from '../../src/lib/routes.ts';
import { problemReport } from '../../src/lib/content/problems.ts';
import { readKitJson } from '../../src/lib/site/check.ts';
import { contentTypeOf } from '../../src/lib/site/content-types.ts';
import { parcoursUi, outilTypeLabels, pdfUi, ui } from '../../src/ui/strings.ts';
import { dropUnusedSoftHyphens, fillTocPages, markTocSections, preparePrintedPage } from './pdf-page.ts';
import { hostingFrom } from '../../src/lib/hosting.ts';

/** A failure the person building can fix; its message says how, in French. */
export class PdfStepError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfStepError';
  }
}

type Env = Record<string, string | undefined>;

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
/** The sources of the print recipe: changing any of them makes every PDF again. */
const RECIPE_FILES = [join(here, 'pdf.ts'), join(here, 'pdf-page.ts'), ...readdirSync(join(root, 'src/lib/pdf')).map((file) => join(root, 'src/lib/pdf', file))];
/** Without a public address the pages are printed from this reserved, never-resolved host. */
const LOCAL_ORIGIN = 'http://kit.invalid';
const DATE_SLOT = '\u0000date\u0000';
/** Site paths (without base) and the ids the whole kit's print page gives the same content. */
const IN_DOCUMENT_LINKS: [string, string][] = [
  ['^fiches/([^/#]+)/$', 'fiche-$1'],
  ['^outils/([^/#]+)/$', 'outil-$1'],
  ['^glossaire/#(.+)$', 'terme-$1'],
  ['^bibliographie/#(.+)$', '$1'],
];

interface Prepared {
  job: PdfJob;
  html: string;
  header: string;
  footer: string;
  cached: string;
}

export async function buildPdfs(outDir: string, env: Env = process.env): Promise<string> {
  const started = performance.now();
  const browser = pdfBrowser(env);
  const { base, site } = hostingFrom(env);
  const origin = site ? new URL(site).origin : LOCAL_ORIGIN;
  const cacheDir = resolve(env.PDF_CACHE_DIR || join(env.CACHE_DIR || 'node_modules/.cache', 'kit-pdf'));
  mkdirSync(cacheDir, { recursive: true });

  const published = readKitJson(outDir);
  if (!published.ok) throw new PdfStepError(`donnees/kit.json ne correspond pas à son schéma : les PDF en dépendent.\n${problemReport(published.problems)}`);
  const kit = published.kit;
  const jobs = pdfJobs(kit, { fiche: ui.fiche, outil: pdfUi.outil, parcours: parcoursUi.tag, kitTitle: ui.siteName, kitSubtitle: ui.siteSubtitle, outilTypes: outilTypeLabels });
  const templateFonts = printFontFaceCss(loadFaces(TEMPLATE_FACES));
  const pageFonts = printFontFaceCss(loadFaces(PRINT_FACES));
  const recipe = [...RECIPE_FILES.map((file) => readFileSync(file, 'utf8')), base, origin, browserIdentity(browser), pageFonts].join('\u0000');

  const prepared: Prepared[] = jobs.map((job) => {
    const html = readFileSync(pageFile(outDir, job.page), 'utf8');
    const header = headerTemplate(templateFonts, job.headerLeft, job.headerRight);
    const footer = footerTemplate(templateFonts, `${pdfUi.source} ${job.source} · ${pdfUi.generatedOn} ${DATE_SLOT}`, pdfUi.page);
    // The page's HTML before its download link gets the size: the key stays the same next build.
    const key = pdfCacheKey({ html, header, footer, recipe });
    return { job, html, header, footer, cached: join(cacheDir, `${key}.pdf`) };
  });

  const toPrint = prepared.filter((item) => !existsSync(item.cached));
  let browserUsed = 'aucun, tous les PDF viennent du cache';
  if (toPrint.length) {
    const date = formatGenerationDate(generationDate(env));
    const printer = await Printer.start(browser, { outDir, base, origin, unlinkInternal: !site, date, fontFace: pageFonts });
    browserUsed = printer.description;
    try {
      await inParallel(toPrint, Math.max(2, Math.min(4, availableParallelism())), async (item) => {
        const pdf = await printer.print(item);
        const temporary = `${item.cached}.${process.pid}.tmp`;
        writeFileSync(temporary, pdf);
        renameSync(temporary, item.cached);
      });
    } finally {
      await printer.close();
    }
  }

  for (const item of prepared) {
    const target = pdfFile(outDir, item.job.pdf);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(item.cached, target);
  }
  const rewritten = writeSizes(outDir);
  rmSync(join(outDir, PRINT_ROUTES_PREFIX), { recursive: true, force: true });
  pruneCache(cacheDir, new Set(prepared.map((item) => item.cached)));

  const seconds = (performance.now() - started) / 1000;
  const perPdf = seconds / Math.max(1, toPrint.length || prepared.length);
  const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
  return (
    `${prepared.length} PDF (${toPrint.length} imprimés, ${prepared.length - toPrint.length} repris du cache), ` +
    `${number.format(perPdf)} s par PDF ; tailles écrites dans ${rewritten} pages ; navigateur : ${browserUsed}`
  );
}

/** Checks, before the pages are built, that a browser is there to print them: fail fast, not after the build. */
export function checkPdfBrowser(env: Env = process.env): void {
  pdfBrowser(env);
}

function pdfBrowser(env: Env): BrowserChoice {
  try {
    return locateBrowser(env);
  } catch (error) {
    throw error instanceof BrowserError ? new PdfStepError(error.message) : error;
  }
}

/** The print font's files, read from the package with the character range of each subset. */
function loadFaces(faces: readonly PrintFace[]): LoadedFace[] {
  const ranges = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve(`${PRINT_FONT_PACKAGE}/unicode.json`)), 'utf8')) as Record<string, string>;
  return faces.flatMap((face) =>
    PRINT_SUBSETS.map((subset) => ({ face, unicodeRange: ranges[subset]!, woff2: readFileSync(fileURLToPath(import.meta.resolve(printFontFile(face, subset)))) })),
  );
}

function pageFile(outDir: string, sitePath: string): string {
  const file = join(outDir, sitePath, 'index.html');
  if (!existsSync(file)) throw new PdfStepError(`La page ${sitePath} n'a pas été construite : impossible d'en faire le PDF.`);
  return file;
}

function pdfFile(outDir: string, pdfPath: string): string {
  return join(outDir, ...pdfPath.split('/').filter(Boolean));
}

interface PrintSettings {
  outDir: string;
  base: string;
  origin: string;
  unlinkInternal: boolean;
  date: string;
  fontFace: string;
}

/** One Chromium, one context, pages served from the build folder. */
class Printer {
  private readonly documents = new Map<string, string>();
  private readonly missing: string[] = [];
  private readonly browser: Browser;
  private readonly context: BrowserContext;
  private readonly settings: PrintSettings;
  /** Which browser prints, for the build's log. */
  readonly description: string;

  private constructor(browser: Browser, context: BrowserContext, settings: PrintSettings, description: string) {
    this.browser = browser;
    this.context = context;
    this.settings = settings;
    this.description = description;
  }

  static async start(choice: BrowserChoice, settings: PrintSettings): Promise<Printer> {
    let launched;
    try {
      launched = await launchBrowser(choice);
    } catch (error) {
      if (!(error instanceof BrowserError)) throw error;
      throw new PdfStepError(`${error.message} Pour construire le site sans les PDF : PDF=0 npm run build.`);
    }
    const { browser, description } = launched;
    // Laid out at the text width of the paper, so that the lines measured are the printed lines.
    // The pages' CSP protects visitors; the printer is the build itself and adds its own inline
    // styles (text width, the print font as data: URLs), which that policy refuses.
    // No service worker: the printer is not a reader, and sw.js is written after the PDFs.
    const context = await browser.newContext({ viewport: { width: contentWidthPx(), height: 1100 }, locale: 'fr-FR', timezoneId: 'Europe/Paris', bypassCSP: true, serviceWorkers: 'block' });
    const printer = new Printer(browser, context, settings, description);
    await context.route('**/*', (route) => printer.serve(route));
    return printer;
  }

  private async serve(route: Route): Promise<void> {
    const url = new URL(route.request().url());
    const basePath = withBase(this.settings.base, '/');
    if (url.origin !== this.settings.origin || !url.pathname.startsWith(basePath)) return route.abort('blockedbyclient');
    const document = this.documents.get(url.pathname);
    if (document !== undefined) return route.fulfill({ status: 200, contentType: contentTypeOf('.html'), body: document });
    const inside = decodeURIComponent(url.pathname.slice(basePath.length));
    let file = join(this.settings.outDir, inside);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(this.settings.outDir) || !existsSync(file)) {
      if (['stylesheet', 'font', 'image', 'script'].includes(route.request().resourceType())) this.missing.push(url.pathname);
      return route.fulfill({ status: 404, body: '' });
    }
    return route.fulfill({ status: 200, contentType: contentTypeOf(extname(file)), body: readFileSync(file) });
  }

  async print(item: Prepared): Promise<Buffer> {
    const path = withBase(this.settings.base, item.job.page);
    this.documents.set(path, printHtml(item.html));
    const page = await this.context.newPage();
    try {
      await page.emulateMedia({ media: 'print' });
      await page.goto(`${this.settings.origin}${path}`, { waitUntil: 'load' });
      if (this.missing.length) throw new PdfStepError(`Fichiers introuvables pour imprimer ${item.job.page} : ${this.missing.join(', ')}`);
      // The static print font for every element (the site's variable font would become Type 3
      // glyphs). Header and footer templates cannot load a font themselves: the page loads the
      // very same font data first, and the templates find it there.
      await page.addStyleTag({ content: `${this.settings.fontFace}${PRINT_FONT_RULE}` });
      // The text block gets a fixed width a little under the paper's, the same on screen and on
      // paper: lines measured here (soft hyphens, bookmarks) are exactly the lines printed, whatever
      // rounding Chromium applies to the page size.
      await page.addStyleTag({ content: `html { width: ${textWidthPx()}px !important; }` });
      await page.evaluate((family) => Promise.all([document.fonts.load(`8pt ${family}`), document.fonts.ready]).then(() => undefined), PRINT_FONT_FAMILY);
      await page.evaluate(preparePrintedPage, {
        unlinkInternal: this.settings.unlinkInternal,
        generatedDate: this.settings.date,
        base: withBase(this.settings.base, '/'),
        inDocument: IN_DOCUMENT_LINKS,
      });
      await page.evaluate(dropUnusedSoftHyphens);
      const options = {
        format: 'A4',
        preferCSSPageSize: true,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: item.header,
        footerTemplate: item.footer.replace(DATE_SLOT, this.settings.date),
        tagged: true,
        outline: true,
      };
      return item.job.kind === 'kit' ? await this.printWithToc(page, options) : await page.pdf(options);
    } finally {
      this.documents.delete(path);
      await page.close();
    }
  }

  /** Two prints: the first finds where each section starts, the second carries the page numbers. */
  private async printWithToc(page: Page, options: Parameters<Page['pdf']>[0]): Promise<Buffer> {
    const count = await page.evaluate(() => document.querySelectorAll('[data-toc]').length);
    const ids = await page.evaluate(markTocSections, Array.from({ length: count }, (_, index) => tocMarker(index)));
    const first = await pdfPageTexts(await page.pdf(options));
    const starts = findMarkerPages(first, count);
    await page.evaluate(fillTocPages, Object.fromEntries(ids.map((id, index) => [id, starts[index]!])));
    const final = await page.pdf(options);
    if ((await pdfPageTexts(final)).length !== first.length) {
      throw new PdfStepError('Le sommaire du kit a changé la longueur du document entre les deux tirages : les numéros de page seraient faux.');
    }
    return final;
  }

  async close(): Promise<void> {
    await this.context.close();
    await this.browser.close();
  }
}

async function inParallel<T>(items: T[], workers: number, run: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: Math.min(workers, queue.length) }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await run(item);
    }),
  );
}

/** Writes the real size of each PDF into the pages that link to it; returns how many pages changed. */
function writeSizes(outDir: string): number {
  let changed = 0;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) {
        const html = readFileSync(path, 'utf8');
        if (!html.includes(PDF_SIZE_ATTRIBUTE)) continue;
        const filled = fillPdfSizes(html, (pdfPath) => {
          const file = pdfFile(outDir, pdfPath);
          return existsSync(file) ? statSync(file).size : undefined;
        });
        writeFileSync(path, filled);
        changed++;
      }
    }
  };
  walk(outDir);
  return changed;
}

/** Keeps the cache to the PDFs of this build, so that it never grows without end. */
function pruneCache(cacheDir: string, used: Set<string>): void {
  for (const name of readdirSync(cacheDir)) {
    const path = join(cacheDir, name);
    if (!used.has(path)) unlinkSync(path);
  }
}
