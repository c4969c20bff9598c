/**
 * `npm run bench`: builds the site, then measures it. Prints a table and writes bench/last.json.
 * `npm run bench -- --scale 12,120,1200` measures instead how the build grows with the number of
 * fiches (scripts/bench/scale.ts). Sizes and times are measured here, never asserted in tests
 * (budgets on sizes live in tests).
 */
import { hostingFrom } from '../src/lib/hosting.ts';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median, moduleGraph, pageAssets } from '../src/lib/bench/assets.ts';
import { totalSeconds } from '../src/lib/bench/build-steps.ts';
import { countFiles, folderSize } from '../src/lib/bench/folder-size.ts';
import { pdfFigures, pdfSummary } from '../src/lib/bench/pdf-figures.ts';
import { officeFigures, officeSummary } from '../src/lib/bench/office-figures.ts';
import { precacheOf } from '../src/lib/offline/precache.ts';
import { SEARCH_DEBOUNCE_MS } from '../src/lib/search/field.ts';
import { parseScaleOption } from '../src/lib/bench/scale-option.ts';
import type { KitJson } from '../src/schemas/kit-json.ts';
import { createServer } from 'node:net';
import lighthouse from 'lighthouse';
import { launchBrowser } from '../src/lib/pdf/launch.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { kitSearch, measureQuality } from '../tests/helpers/search-engine.ts';
import { BenchError, runBuild } from './bench/run-build.ts';
import { kb, size } from './bench/format.ts';
import { loadWarning, machine, oneMinuteLoad } from './bench/machine.ts';
import { scaleBench } from './bench/scale.ts';

const dist = resolve(hostingFrom().outDir);
const PAGE_TYPES: Record<string, string> = {
  accueil: '/',
  fiche: '/fiches/animer-une-reunion/',
  recherche: '/recherche/',
  autoevaluation: '/autoevaluation/',
};
const QUERIES = ['frais', 'réunion', 'élus', 'charte', 'compte rendu', 'anxiété', 'défraiement', 'bilan', 'mobiliser', 'FALC', 'conflit', 'indicateurs', 'calendrier', 'langage clair', 'savoirs'];
/** Queries as people type them: the kit search runs several Pagefind searches for each. */
const NATURAL_QUERIES = ['comment faire venir les jeunes', 'indemnisation des participants', 'CVS', 'mobilsation', "que faire quand ça s'engueule en réunion", 'mon directeur ne veut pas'];

const percent = (rate: number) => `${(rate * 100).toFixed(1)} %`;

function readSite(path: string): string | undefined {
  const file = join(dist, decodeURIComponent(path));
  return existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined;
}

function weigh(paths: string[]) {
  let raw = 0;
  let gzip = 0;
  for (const path of paths) {
    const content = readSite(path);
    if (content === undefined) continue;
    raw += Buffer.byteLength(content);
    gzip += gzipSync(content).length;
  }
  return { raw, gzip };
}

function pageWeight(path: string) {
  const html = readSite(path.endsWith('/') ? `${path}index.html` : path)!;
  const assets = pageAssets(html);
  return {
    html: { raw: Buffer.byteLength(html), gzip: gzipSync(html).length },
    css: weigh(assets.css),
    js: weigh(moduleGraph(assets.js, readSite)),
  };
}

async function searchLatency() {
  const server = await serveStatic(dist);
  const { browser, description } = await launchBrowser();
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.origin}/recherche/`);
    await page.locator('[data-enhance="search"] input[type="search"]').waitFor();
    // Warm-up: the first search downloads the WebAssembly and the index.
    const warm = await page.evaluate(`(async () => { const t = performance.now(); const p = await import('/pagefind/pagefind.js'); await p.init(); await p.search('participation'); return performance.now() - t; })()`);
    const engine: number[] = [];
    for (const query of QUERIES) {
      engine.push(
        (await page.evaluate(`(async () => { const p = await import('/pagefind/pagefind.js'); const t = performance.now(); const r = await p.search(${JSON.stringify(query)}); await Promise.all(r.results.slice(0, 5).map((x) => x.data())); return performance.now() - t; })()`)) as number,
      );
    }
    // Keystroke to first result on screen, through the real page (includes its 200 ms debounce).
    const ui: number[] = [];
    const input = page.locator('[data-enhance="search"] input[type="search"]');
    for (const query of [...QUERIES, ...NATURAL_QUERIES]) {
      await input.fill('');
      await page.waitForTimeout(400);
      const elapsed = await page.evaluate(
        `new Promise((resolve) => {
          // Wait for the summary to name this query, then for its first result to be drawn.
          const summary = document.querySelector('[data-search-summary]');
          const results = document.querySelector('[data-search-results]');
          const input = document.querySelector('[data-enhance="search"] input[type="search"]');
          const start = performance.now();
          const done = () => { observer.disconnect(); resolve(performance.now() - start); };
          const check = () => { if (summary.textContent.includes(${JSON.stringify(query)}) && results.querySelector('.resultat__lien')) done(); };
          const observer = new MutationObserver(check);
          observer.observe(document.querySelector('.search-layout'), { childList: true, subtree: true, characterData: true });
          input.value = ${JSON.stringify(query)};
          input.dispatchEvent(new Event('input', { bubbles: true }));
          setTimeout(done, 5000);
        })`,
      );
      ui.push(elapsed as number);
    }
    const quality = await measureQuality(kitSearch(page, dist));
    const plain = await measureQuality(kitSearch(page, dist, { plain: true }));
    return {
      browser: description,
      firstSearchMs: warm as number,
      engineMedianMs: median(engine),
      keystrokeToResultsMedianMs: median(ui),
      keystrokeToResultsWithoutDebounceMedianMs: median(ui) - SEARCH_DEBOUNCE_MS,
      quality: { top3HitRate: quality.hitRate, mrr: quality.mrr, misses: quality.misses },
      plainPagefindQuality: { top3HitRate: plain.hitRate, mrr: plain.mrr },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolvePort(port));
    });
  });
}

/** Every page type of the site, as the reader finds it, with the first entry of each kind. */
function lighthousePages(kit: KitJson): Record<string, string> {
  return {
    accueil: '/',
    fiche: kit.fiches[0]!.page,
    outil: kit.outils[0]!.page,
    frein: kit.obstacles[0]!.page,
    experience: kit.experiences[0]!.page,
    phase: kit.phases[0]!.page,
    'recherche ?q=frais': '/recherche/?q=frais',
    recherche: '/recherche/',
    autoevaluation: '/autoevaluation/',
    questionnaire: kit.autoevaluations[0]!.page,
    'mon-suivi': '/mon-suivi/',
    contribuer: '/contribuer/',
    glossaire: '/glossaire/',
    bibliographie: '/bibliographie/',
  };
}

const LIGHTHOUSE_RUNS = 3;

interface LighthouseRun {
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
  cls: number;
  tbtMs: number;
  lcpMs: number;
  bytes: number;
}

/** The median of each figure over the runs (scores and metrics taken one by one). */
function medianRun(runs: LighthouseRun[]): LighthouseRun {
  const keys = Object.keys(runs[0]!) as (keyof LighthouseRun)[];
  return Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key]))])) as unknown as LighthouseRun;
}

/**
 * A page with a heading and a paragraph, no script, no font, no stylesheet. Lighthouse measures it
 * like the others: its blocking time is this machine's floor (the browser committing a page, its
 * own noise), to read the site's figures against.
 */
const CONTROL_PAGE = '<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Témoin</title><meta name="description" content="Page témoin du banc d\'essai."></head><body><main><h1>Témoin</h1><p>Une page sans script, sans police et sans feuille de style.</p></main></body></html>';
const CONTROL_ROW = 'témoin (page nue)';

/** Median of LIGHTHOUSE_RUNS Lighthouse runs on one address. */
async function lighthouseRuns(url: string, port: number): Promise<(LighthouseRun & { runs: number }) | undefined> {
  const runs: LighthouseRun[] = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i += 1) {
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      formFactor: 'mobile',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) continue;
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
    runs.push({
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
      cls: value('cumulative-layout-shift'),
      tbtMs: value('total-blocking-time'),
      lcpMs: value('largest-contentful-paint'),
      bytes: value('total-byte-weight'),
    });
  }
  return runs.length ? { ...medianRun(runs), runs: runs.length } : undefined;
}

/**
 * Lighthouse (mobile preset: emulated phone, simulated slow 4G and CPU slowed four times) on each
 * page type, served gzipped as a real host would; median of three runs per page; then the control
 * page, served the same way.
 */
async function lighthouseScores(pages: Record<string, string>) {
  const server = await serveStatic(dist, '/', { gzip: true });
  mkdirSync('.tmp', { recursive: true });
  const controlDir = mkdtempSync(join(resolve('.tmp'), 'bench-temoin-'));
  writeFileSync(join(controlDir, 'index.html'), CONTROL_PAGE);
  const control = await serveStatic(controlDir, '/', { gzip: true });
  const port = await freePort();
  const { browser } = await launchBrowser(undefined, [`--remote-debugging-port=${port}`]);
  const results: Record<string, LighthouseRun & { runs: number }> = {};
  try {
    for (const [type, path] of Object.entries(pages)) {
      const result = await lighthouseRuns(`${server.origin}${path}`, port);
      if (result) results[type] = result;
    }
    const floor = await lighthouseRuns(`${control.origin}/`, port);
    if (floor) results[CONTROL_ROW] = floor;
  } finally {
    await browser.close();
    await server.close();
    await control.close();
    rmSync(controlDir, { recursive: true, force: true });
  }
  return results;
}

function printLighthouse(scores: Awaited<ReturnType<typeof lighthouseScores>>) {
  console.log(`\n  Lighthouse mobile, servi en gzip, médiane de ${LIGHTHOUSE_RUNS} passages`);
  console.log('  Page                  perf  access.  b. prat.  SEO    CLS     TBT      LCP    octets');
  for (const [type, r] of Object.entries(scores)) {
    console.log(
      `  ${type.padEnd(20)} ${String(r.performance).padStart(5)}  ${String(r.accessibility).padStart(7)}  ${String(r['best-practices']).padStart(8)}  ${String(r.seo).padStart(4)}  ${r.cls.toFixed(3).padStart(6)}  ${`${r.tbtMs.toFixed(0)} ms`.padStart(7)}  ${`${(r.lcpMs / 1000).toFixed(2)} s`.padStart(7)}  ${kb(r.bytes).padStart(8)}`,
    );
  }
  const floor = scores[CONTROL_ROW];
  if (floor) console.log(`  Le témoin est une page nue : ses ${floor.tbtMs.toFixed(0)} ms de TBT sont le plancher de cette machine, pas le site.`);
}

/**
 * Builds with empty PDF and office caches, so that the pdf and office steps' times are the times
 * of printing every PDF and writing every ODT and DOCX (a warm cache would only copy files), then
 * removes those caches.
 */
function coldBuild() {
  mkdirSync('.tmp', { recursive: true });
  const pdfCache = mkdtempSync(join(resolve('.tmp'), 'bench-pdf-cache-'));
  const officeCache = mkdtempSync(join(resolve('.tmp'), 'bench-office-cache-'));
  try {
    return runBuild(process.cwd(), { PDF_CACHE_DIR: pdfCache, OFFICE_CACHE_DIR: officeCache }, 'La construction a échoué : lancez « npm run build » pour voir les erreurs.');
  } finally {
    rmSync(pdfCache, { recursive: true, force: true });
    rmSync(officeCache, { recursive: true, force: true });
  }
}

/** The ODT and DOCX files of a build, next to the PDFs: how many, how heavy. */
function editableFiles(dir: string): { files: number; bytes: number } {
  if (!existsSync(dir)) return { files: 0, bytes: 0 };
  const names = readdirSync(dir, { recursive: true }).map(String).filter((name) => name.endsWith('.odt') || name.endsWith('.docx'));
  return { files: names.length, bytes: names.reduce((sum, name) => sum + statSync(join(dir, name)).size, 0) };
}

async function siteBench(withLighthouse: boolean) {
  const load = oneMinuteLoad();
  const steps = coldBuild();
  const pages = countFiles(dist, '.html');
  const site = folderSize(dist);
  const index = folderSize(join(dist, 'pagefind'));
  const precache = precacheOf(dist);
  const kit = JSON.parse(readFileSync(join(dist, 'donnees', 'kit.json'), 'utf8')) as KitJson;
  const pdfDir = join(dist, 'pdf');
  const pdf = pdfFigures(steps, { pdfs: existsSync(pdfDir) ? countFiles(pdfDir, '.pdf') : 0, fiches: kit.fiches.length, cold: true });
  const office = officeFigures(steps, editableFiles(pdfDir));
  const weights = Object.fromEntries(Object.entries(PAGE_TYPES).map(([type, path]) => [type, pageWeight(path)]));
  const search = await searchLatency();
  const scores = withLighthouse ? await lighthouseScores(lighthousePages(kit)) : {};

  const report = {
    date: new Date().toISOString(),
    machine: { ...machine(), loadAverageAtBuild: load },
    build: { steps, totalSeconds: totalSeconds(steps), pages },
    pdf,
    office,
    dist: { bytes: site.bytes, files: site.files },
    pages: weights,
    search: { indexBytes: index.bytes, indexFiles: index.files, ...search },
    offline: { precacheBytes: precache.bytes, precacheFiles: precache.urls.length },
    lighthouse: scores,
  };
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/last.json', `${JSON.stringify(report, null, 2)}\n`);

  const rows: string[][] = [
    ['Construction', ...steps.map((s) => `${s.step} ${s.seconds.toFixed(1)} s`), `${pages} pages`],
    ['PDF', pdfSummary(pdf)],
    ['ODT et DOCX', officeSummary(office, size)],
    ['dist/', size(site.bytes), `${site.files} fichiers`],
    ['Index Pagefind', kb(index.bytes), `${index.files} fichiers`],
    ['Navigateur', search.browser],
    ['Précache hors ligne', size(precache.bytes), `${precache.urls.length} fichiers (sans PDF)`],
    ['Recherche (médiane)', `moteur ${search.engineMedianMs.toFixed(1)} ms`, `frappe → résultats ${search.keystrokeToResultsMedianMs.toFixed(0)} ms, ${search.keystrokeToResultsWithoutDebounceMedianMs.toFixed(0)} ms sans les ${SEARCH_DEBOUNCE_MS} ms d'attente de saisie`, `1re recherche ${search.firstSearchMs.toFixed(0)} ms`],
    ['Pertinence', `top 3 ${percent(search.quality.top3HitRate)}`, `MRR ${search.quality.mrr.toFixed(3)}`, `Pagefind seul : top 3 ${percent(search.plainPagefindQuality.top3HitRate)}, MRR ${search.plainPagefindQuality.mrr.toFixed(3)}`],
  ];
  console.log('\nBanc d\'essai du Kit de la participation citoyenne\n');
  for (const row of rows) console.log(`  ${row[0]!.padEnd(22)} ${row.slice(1).join(' · ')}`);
  console.log('\n  Page             HTML brut / gzip      CSS brut / gzip       JS brut / gzip');
  for (const [type, w] of Object.entries(weights)) {
    const cell = (x: { raw: number; gzip: number }) => `${kb(x.raw)} / ${kb(x.gzip)}`.padEnd(22);
    console.log(`  ${type.padEnd(16)} ${cell(w.html)}${cell(w.css)}${cell(w.js)}`);
  }
  if (Object.keys(scores).length) printLighthouse(scores);
  const warning = loadWarning([load]);
  if (warning) console.log(`\n  ${warning}`);
  console.log('\nDétail : bench/last.json');
}

/** `--lighthouse-seul`: Lighthouse alone, on the build already in dist/ (no build, no search bench). */
async function lighthouseOnly() {
  if (!existsSync(join(dist, 'donnees', 'kit.json'))) throw new BenchError(`Aucune construction dans ${dist} : lancez d'abord « npm run build ».`);
  const load = oneMinuteLoad();
  const kit = JSON.parse(readFileSync(join(dist, 'donnees', 'kit.json'), 'utf8')) as KitJson;
  const scores = await lighthouseScores(lighthousePages(kit));
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/last-lighthouse.json', `${JSON.stringify({ date: new Date().toISOString(), machine: { ...machine(), loadAverageAtStart: load }, lighthouse: scores }, null, 2)}\n`);
  printLighthouse(scores);
  const warning = loadWarning([load, oneMinuteLoad()]);
  if (warning) console.log(`\n  ${warning}`);
  console.log('\nDétail : bench/last-lighthouse.json');
}

function scaleOption(): number[] | undefined {
  try {
    return parseScaleOption(process.argv.slice(2));
  } catch (error) {
    throw new BenchError((error as Error).message);
  }
}

try {
  const scale = scaleOption();
  // --scale measures growth only: no PDFs, no search latency, no Lighthouse (see README).
  if (scale) scaleBench(scale);
  else if (process.argv.includes('--lighthouse-seul')) await lighthouseOnly();
  else await siteBench(!process.argv.includes('--sans-lighthouse'));
} catch (error) {
  if (!(error instanceof BenchError)) throw error;
  console.error(`\n${error.message}`);
  process.exit(1);
}
