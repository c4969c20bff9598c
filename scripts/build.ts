/**
 * `npm run build`: the whole publication chain, step by step, each step timed.
 * astro (pages) → pdf (PDFs, skipped with PDF=0) → office (ODT and DOCX) → pagefind (search index) → hors-ligne (service worker)
 * → controle (links, PDFs, kit.json).
 * Writes its timings where `buildTimingsFile` says (in `.tmp/`), so that `npm run bench` can report each step.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildSearchIndex } from './steps/search-index.ts';
import { PdfStepError, buildPdfs, checkPdfBrowser } from './steps/pdf.ts';
import { OfficeStepError, buildOfficeDocuments } from './steps/office.ts';
import { SiteCheckError, checkBuiltSite } from './steps/check-site.ts';
import { hostingFrom } from '../src/lib/hosting.ts';
import { OfflineStepError, buildServiceWorker, describeServiceWorker } from './steps/offline.ts';
import { pdfEnabled } from '../src/lib/pdf/flag.ts';
import { buildTimingsFile, type BuildStep } from '../src/lib/bench/build-steps.ts';


const hosting = hostingFrom();
const outDir = resolve(hosting.outDir);
const timings: BuildStep[] = [];

async function step(name: string, run: () => Promise<string | void> | string | void) {
  const started = performance.now();
  const detail = (await run()) ?? undefined;
  const seconds = (performance.now() - started) / 1000;
  timings.push({ step: name, seconds, detail });
  console.log(`\n[kit] étape « ${name} » terminée en ${seconds.toFixed(1)} s${detail ? ` — ${detail}` : ''}\n`);
}

function stopOnPdfError(error: unknown): never {
  if (!(error instanceof PdfStepError)) throw error;
  console.error(`\n[kit] les PDF n'ont pas pu être produits.\n${error.message}\n`);
  process.exit(1);
}

// No browser, no PDFs: say so before the pages are built rather than after.
if (pdfEnabled(process.env)) {
  try {
    checkPdfBrowser();
  } catch (error) {
    stopOnPdfError(error);
  }
}

await step('astro', () => {
  // Astro's own entry point, resolved from this script: no npx, so a copy of the project inside .tmp/ builds with the same Astro.
  const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
  const result = spawnSync(process.execPath, [astro, 'build'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) {
    console.error('\n[kit] la construction des pages a échoué : voir les messages ci-dessus.');
    process.exit(result.status ?? 1);
  }
});

// PDFs before the search index, so that Pagefind reads the pages with their final download links.
await step('pdf', async () => {
  if (!pdfEnabled(process.env)) return 'ignorée (PDF=0) : ni PDF ni lien vers un PDF';
  try {
    return await buildPdfs(outDir);
  } catch (error) {
    stopOnPdfError(error);
  }
});

// After the PDFs, whose cache keys must not see these sizes; with or without PDF=0.
await step('office', async () => {
  try {
    return await buildOfficeDocuments(outDir);
  } catch (error) {
    if (!(error instanceof OfficeStepError)) throw error;
    console.error(`\n[kit] les documents modifiables (ODT, DOCX) n'ont pas pu être produits.\n${error.message}\n`);
    process.exit(1);
  }
});

await step('pagefind', () => buildSearchIndex(outDir));

// After Pagefind and the PDFs: the service worker precaches the index and lists the documents.
await step('hors-ligne', async () => {
  try {
    return describeServiceWorker(await buildServiceWorker(outDir, hosting.base));
  } catch (error) {
    if (!(error instanceof OfflineStepError)) throw error;
    console.error(`\n[kit] le service worker n'a pas pu être écrit : ${error.message}\n`);
    process.exit(1);
  }
});

// Last: what the other steps wrote must hold together, or nothing is published.
await step('controle', () => {
  try {
    return checkBuiltSite(outDir, { base: hosting.base, pdf: pdfEnabled(process.env) });
  } catch (error) {
    if (!(error instanceof SiteCheckError)) throw error;
    console.error(`\n[kit] la construction est refusée.\n${error.message}\n`);
    process.exit(1);
  }
});

mkdirSync(resolve('.tmp'), { recursive: true });
writeFileSync(resolve(buildTimingsFile(process.env.OUT_DIR)), JSON.stringify(timings, null, 2));
console.log(timings.map((t) => `  ${t.step.padEnd(10)} ${t.seconds.toFixed(1).padStart(6)} s`).join('\n'));
