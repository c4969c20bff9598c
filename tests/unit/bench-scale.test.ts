import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTimingsFile, stepSeconds, totalSeconds } from '../../src/lib/bench/build-steps.ts';
import { growthRows, type ScaleMeasure } from '../../src/lib/bench/growth.ts';
import { NUMBERING_SOURCES, needsWiderNumbering, widenNumbering } from '../../src/lib/bench/numbering.ts';
import { pdfFigures, pdfSummary } from '../../src/lib/bench/pdf-figures.ts';
import { parseScaleOption } from '../../src/lib/bench/scale-option.ts';
import { copyId, syntheticKit } from '../../src/lib/bench/synthetic-kit.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { readContentTree } from '../../src/lib/content/read.ts';
import { verifyContent, type VerifyResult, type SourceFile } from '../../src/lib/content/verify.ts';

const real = readContentTree(process.cwd());
const realFiches = verifyContent(real).raw.fiches;
const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('syntheticKit', () => {
  const kit = syntheticKit(real, 30);
  const { problems, raw } = verifyContent(kit);

  it('makes a kit of 30 fiches that the real content verifier accepts', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(raw.fiches).toHaveLength(30);
  });

  it('keeps every other collection file as it is', () => {
    const others = (files: SourceFile[]) => files.filter((f) => !f.path.startsWith('content/fiches/'));
    expect(others(kit)).toEqual(others(real));
  });

  it('keeps the real fiches and adds copies with their own id, numero and title', () => {
    const ids = raw.fiches.map((f) => f.id);
    expect(new Set(ids).size).toBe(30);
    for (const fiche of realFiches) expect(ids).toContain(fiche.id);
    expect(ids).toContain(copyId(realFiches[0]!.id, 2));
    expect(raw.fiches.map((f) => f.data.numero).sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(new Set(raw.fiches.map((f) => f.data.titre)).size).toBe(30);
  });

  it('numbers fiches in phase order, like the real kit', () => {
    const byNumero = [...raw.fiches].sort((a, b) => a.data.numero - b.data.numero);
    const ranks = byNumero.map((f) => ['amont', 'pendant', 'apres'].indexOf(f.data.phase));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('links a copy to the copies of its own cycle, or to the real fiches when the cycle is incomplete', () => {
    const source = realFiches.find((f) => f.data.numero === 1)!;
    const secondCycle = raw.fiches.find((f) => f.id === copyId(source.id, 1))!;
    expect(secondCycle.data.fichesLiees).toEqual(source.data.fichesLiees.map((id) => copyId(id, 1)));
    const lastCycle = raw.fiches.find((f) => f.id === copyId(source.id, 2))!;
    const present = new Set(raw.fiches.map((f) => f.id));
    for (const [index, id] of source.data.fichesLiees.entries()) {
      expect(lastCycle.data.fichesLiees[index]).toBe(present.has(copyId(id, 2)) ? copyId(id, 2) : id);
    }
  });

  it('gives back the real kit for as many fiches as it has, and refuses fewer', () => {
    expect(verifyContent(syntheticKit(real, realFiches.length)).raw.fiches.map((f) => f.id).sort()).toEqual(realFiches.map((f) => f.id).sort());
    expect(() => syntheticKit(real, realFiches.length - 1)).toThrow(/au moins 12/);
  });
});

describe('widenNumbering', () => {
  it('is needed only beyond the numeros the real schema accepts', () => {
    expect(needsWiderNumbering(99)).toBe(false);
    expect(needsWiderNumbering(100)).toBe(true);
  });

  it('refuses a source whose numbering rule it does not recognise', () => {
    expect(() => widenNumbering('src/schemas/fiche.ts', 'numero: z.number()', 120)).toThrow(/introuvable/);
    expect(() => widenNumbering('src/lib/autre.ts', '', 120)).toThrow();
  });

  it('lets a copy of the sources accept a kit of 120 fiches', async () => {
    // A copy of src/ with the rule widened, loaded for real: the very verifier the scaled build runs.
    const parent = join(process.cwd(), '.tmp', 'unit');
    mkdirSync(parent, { recursive: true });
    const root = mkdtempSync(join(parent, 'bench-scale-'));
    temporary.push(root);
    cpSync(join(process.cwd(), 'src'), join(root, 'src'), { recursive: true });
    for (const path of NUMBERING_SOURCES) writeFileSync(join(root, path), widenNumbering(path, readFileSync(join(root, path), 'utf8'), 120));
    const widened = (await import(join(root, 'src/lib/content/verify.ts'))) as { verifyContent: (files: SourceFile[]) => VerifyResult };

    const kit = syntheticKit(real, 120);
    expect(kit.some((f) => f.path.startsWith('content/fiches/120-'))).toBe(true);
    const { problems, raw } = widened.verifyContent(kit);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(raw.fiches).toHaveLength(120);
    // And the real verifier refuses it: the widening is what makes the difference.
    expect(verifyContent(kit).problems.length).toBeGreaterThan(0);
  });
});

describe('parseScaleOption', () => {
  it('reads lists, repeated options and --scale=N, smallest first and each once', () => {
    expect(parseScaleOption(['--scale', '120,12', '--scale=1200', '--scale', '12'])).toEqual([12, 120, 1200]);
    expect(parseScaleOption(['--sans-lighthouse'])).toBeUndefined();
  });
  it('refuses a missing or malformed number', () => {
    expect(() => parseScaleOption(['--scale'])).toThrow(/attend un nombre/);
    expect(() => parseScaleOption(['--scale', '--sans-lighthouse'])).toThrow(/attend un nombre/);
    expect(() => parseScaleOption(['--scale', '12,douze'])).toThrow(/« douze »/);
    expect(() => parseScaleOption(['--scale', '0'])).toThrow();
  });
});

const measure = (fiches: number, seconds: number, indexBytes: number): ScaleMeasure => ({
  fiches,
  astroSeconds: seconds * 0.8,
  pagefindSeconds: seconds * 0.2,
  totalSeconds: seconds,
  pages: fiches + 50,
  dist: { bytes: fiches * 1000, files: fiches + 60 },
  index: { bytes: indexBytes, files: 10 },
  widenedNumbering: fiches > 99,
  loadAverage: 0.5,
});

describe('growthRows', () => {
  it('compares each kit with the smallest one, whatever the order measured', () => {
    const rows = growthRows([measure(120, 50, 3000), measure(12, 20, 1000)]);
    expect(rows.map((r) => r.fiches)).toEqual([12, 120]);
    expect(rows[0]!.growth).toEqual({ fiches: 1, totalSeconds: 1, astroSeconds: 1, pagefindSeconds: 1, pages: 1, distBytes: 1, indexBytes: 1 });
    expect(rows[1]!.growth.fiches).toBe(10);
    expect(rows[1]!.growth.totalSeconds).toBeCloseTo(2.5);
    expect(rows[1]!.growth.indexBytes).toBe(3);
    expect(rows[1]!.growth.pages).toBeCloseTo(170 / 62);
  });
  it('has no rows without measures', () => {
    expect(growthRows([])).toEqual([]);
  });
});

describe('build steps and PDF figures', () => {
  const steps = [
    { step: 'astro', seconds: 20 },
    { step: 'pdf', seconds: 42, detail: '42 PDF (40 imprimés, 2 repris du cache), 1,05 s par PDF ; tailles écrites dans 45 pages' },
    { step: 'pagefind', seconds: 3 },
  ];

  it('finds the timings file build.ts writes for an OUT_DIR', () => {
    expect(buildTimingsFile(undefined)).toBe('.tmp/build-timings.json');
    expect(buildTimingsFile('/tmp/scale-12/dist')).toBe('.tmp/build-timings-_tmp_scale_12_dist.json');
  });

  it('adds up the steps', () => {
    expect(stepSeconds(steps, 'pdf')).toBe(42);
    expect(stepSeconds(steps, 'absente')).toBe(0);
    expect(totalSeconds(steps)).toBe(65);
  });

  it('gives the time per PDF and per fiche, and what the step printed or reused', () => {
    const figures = pdfFigures(steps, { pdfs: 42, fiches: 12, cold: true });
    expect(figures).toEqual({ made: true, cold: true, seconds: 42, pdfs: 42, printed: 40, reused: 2, fiches: 12, secondsPerPdf: 1, secondsPerFiche: 3.5 });
    expect(pdfSummary(figures)).toBe('42 PDF en 42.0 s (cache vide : mesure à froid) · 1.00 s par PDF · 3.50 s par fiche (12 fiches) · 40 imprimés, 2 repris du cache');
  });

  it('still gives the times when the step words its report differently', () => {
    const figures = pdfFigures([{ step: 'pdf', seconds: 10, detail: 'autre chose' }], { pdfs: 5, fiches: 2, cold: false });
    expect(figures).toMatchObject({ made: true, secondsPerPdf: 2, secondsPerFiche: 5 });
    expect(figures).not.toHaveProperty('printed');
  });

  it('says why there is no PDF figure', () => {
    const skipped = pdfFigures([{ step: 'pdf', seconds: 0, detail: 'ignorée (PDF=0) : ni PDF ni lien de téléchargement' }], { pdfs: 0, fiches: 12, cold: true });
    expect(skipped).toEqual({ made: false, reason: 'ignorée (PDF=0) : ni PDF ni lien de téléchargement' });
    expect(pdfSummary(skipped)).toBe('étape sans PDF : ignorée (PDF=0) : ni PDF ni lien de téléchargement');
  });
});
