/**
 * `npm run bench -- --scale N`: builds copies of the site with N fiches (see
 * src/lib/bench/synthetic-kit.ts) and reports how the build and the search index grow with N.
 * Each copy lives in .tmp/scale-N/ (the build reads content/ from the folder it runs in, so the
 * whole project is copied, node_modules linked), is built without PDFs and with an empty Astro
 * cache, measured, then removed. Prints a table and writes bench/last-scale.json.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { stepSeconds, totalSeconds } from '../../src/lib/bench/build-steps.ts';
import { countFiles, folderSize } from '../../src/lib/bench/folder-size.ts';
import { growthRows, type ScaleMeasure } from '../../src/lib/bench/growth.ts';
import { NUMBERING_SOURCES, needsWiderNumbering, widenNumbering } from '../../src/lib/bench/numbering.ts';
import { MAX_FICHE_NUMERO, syntheticKit } from '../../src/lib/bench/synthetic-kit.ts';
import { readContentTree } from '../../src/lib/content/read.ts';
import type { SourceFile } from '../../src/lib/content/verify.ts';
import { BenchError, runBuild } from './run-build.ts';
import { size, times } from './format.ts';
import { loadWarning, machine, oneMinuteLoad } from './machine.ts';

const PROJECT = process.cwd();
/** What a build needs besides content/ (generated) and node_modules/ (linked). */
const COPIED = ['astro.config.ts', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts'];

function makeCopy(count: number, content: SourceFile[]): { root: string; widened: boolean } {
  const root = resolve(PROJECT, '.tmp', `scale-${count}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const entry of COPIED) cpSync(join(PROJECT, entry), join(root, entry), { recursive: true });
  // A link, not a copy: the copy resolves the very packages the project builds with.
  symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'), 'junction');
  const widened = needsWiderNumbering(count);
  if (widened) {
    for (const path of NUMBERING_SOURCES) writeFileSync(join(root, path), widenNumbering(path, readFileSync(join(root, path), 'utf8'), count));
  }
  for (const file of content) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.text);
  }
  return { root, widened };
}

/** The generated content of each kit, checked before any build: a wrong N fails at once, not after minutes. */
function kitFiles(count: number, real: SourceFile[]): SourceFile[] {
  try {
    return syntheticKit(real, count);
  } catch (error) {
    throw new BenchError(`--scale ${count} : ${(error as Error).message}`);
  }
}

function measure(count: number, real: SourceFile[]): ScaleMeasure {
  const content = kitFiles(count, real);
  const started = performance.now();
  process.stdout.write(`  ${String(count).padStart(5)} fiches : construction de .tmp/scale-${count}/ … `);
  const { root, widened } = makeCopy(count, content);
  const outDir = join(root, 'dist');
  const load = oneMinuteLoad();
  const steps = runBuild(
    root,
    { PDF: '0', OUT_DIR: outDir, CACHE_DIR: join(root, '.cache') },
    `La construction de la copie à ${count} fiches a échoué. Elle reste dans .tmp/scale-${count}/ : « cd .tmp/scale-${count} && PDF=0 npm run build » montre les erreurs.`,
  );
  const result: ScaleMeasure = {
    fiches: count,
    astroSeconds: stepSeconds(steps, 'astro'),
    pagefindSeconds: stepSeconds(steps, 'pagefind'),
    totalSeconds: totalSeconds(steps),
    pages: countFiles(outDir, '.html'),
    dist: folderSize(outDir),
    index: folderSize(join(outDir, 'pagefind')),
    widenedNumbering: widened,
    loadAverage: load,
  };
  // A copy of 1 200 fiches weighs hundreds of megabytes: it goes once measured (rmSync removes
  // the node_modules link itself, never the project's packages behind it).
  rmSync(root, { recursive: true, force: true });
  console.log(`mesurée en ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return result;
}

export function scaleBench(counts: number[]): void {
  console.log(`\nMesure d'échelle : kits de ${counts.join(', ')} fiches (copies des fiches réelles), construits sans PDF (PDF=0) et avec un cache Astro vide\n`);
  const real = readContentTree(PROJECT);
  // Smallest first: a size too small for the real kit is refused before any build.
  const rows = growthRows(counts.map((count) => measure(count, real)));
  const base = rows[0]!;
  const widened = rows.filter((r) => r.widenedNumbering).map((r) => r.fiches);

  mkdirSync('bench', { recursive: true });
  const report = {
    date: new Date().toISOString(),
    machine: machine(),
    conditions: { pdf: false, astroCache: 'vide', numerotationElargiePour: widened },
    rows,
  };
  writeFileSync('bench/last-scale.json', `${JSON.stringify(report, null, 2)}\n`);

  const line = (cells: string[], widths: number[]) => `  ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' ')}`.trimEnd();
  const seconds = (value: number) => `${value.toFixed(1)} s`;
  const measured = [7, 9, 9, 9, 7, 10, 24];
  console.log(`\n${line(['Fiches', 'astro', 'pagefind', 'total', 'pages', 'dist/', 'index Pagefind'], measured)}`);
  for (const r of rows) {
    console.log(line([String(r.fiches), seconds(r.astroSeconds), seconds(r.pagefindSeconds), seconds(r.totalSeconds), String(r.pages), size(r.dist.bytes), `${size(r.index.bytes)} / ${r.index.files} fichiers`], measured));
  }
  const growth = [7, 8, 8, 8, 9, 8, 8, 8];
  console.log(`\n  Croissance par rapport au kit de ${base.fiches} fiches\n${line(['Fiches', 'fiches', 'total', 'astro', 'pagefind', 'pages', 'dist/', 'index'], growth)}`);
  for (const { fiches, growth: g } of rows) {
    console.log(line([String(fiches), ...[g.fiches, g.totalSeconds, g.astroSeconds, g.pagefindSeconds, g.pages, g.distBytes, g.indexBytes].map(times)], growth));
  }
  if (widened.length) {
    console.log(`\n  Au-delà de ${MAX_FICHE_NUMERO} fiches (${widened.join(', ')}), la copie accepte des numéros et des préfixes de fichier plus longs : le kit réel s'arrête à ${MAX_FICHE_NUMERO} (src/lib/bench/numbering.ts).`);
  }
  const warning = loadWarning(rows.map((r) => r.loadAverage));
  if (warning) console.log(`\n  ${warning}`);
  console.log('\nDétail : bench/last-scale.json');
}
