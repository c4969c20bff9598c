import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pdfEnabled } from '../../src/lib/pdf/flag.ts';
import { pdfCacheKey } from '../../src/lib/pdf/hash.ts';
import { pdfJobs } from '../../src/lib/pdf/jobs.ts';
import { MARGINS_MM, contentWidthPx, pageMarginCss } from '../../src/lib/pdf/paper.ts';
import { footerTemplate, formatGenerationDate, generationDate, headerTemplate } from '../../src/lib/pdf/templates.ts';
import { PRINT_FACES, PRINT_FONT_FAMILY, TEMPLATE_FACES, printFontFaceCss, printFontFile } from '../../src/lib/pdf/fonts.ts';
import { findMarkerPages, tocMarker } from '../../src/lib/pdf/toc.ts';
import type { KitJson } from '../../src/schemas/kit-json.ts';

describe('the PDF=0 flag', () => {
  it('makes PDFs unless told not to', () => {
    expect(pdfEnabled({})).toBe(true);
    expect(pdfEnabled({ PDF: '' })).toBe(true);
    expect(pdfEnabled({ PDF: '1' })).toBe(true);
    expect(pdfEnabled({ PDF: 'oui' })).toBe(true);
  });
  it('skips them with PDF=0 (or false, non, off)', () => {
    for (const value of ['0', 'false', 'FALSE', 'non', 'off', ' 0 ']) expect(pdfEnabled({ PDF: value }), value).toBe(false);
  });
});

describe('pdfCacheKey', () => {
  const inputs = { html: '<p>Fiche</p>', header: 'h', footer: 'f', recipe: 'r' };
  it('does not depend on the order of the inputs', () => {
    expect(pdfCacheKey(inputs)).toBe(pdfCacheKey({ recipe: 'r', footer: 'f', header: 'h', html: '<p>Fiche</p>' }));
    expect(pdfCacheKey(inputs)).toMatch(/^[0-9a-f]{64}$/);
  });
  it('changes when the page, the recipe or a running text changes', () => {
    const key = pdfCacheKey(inputs);
    expect(pdfCacheKey({ ...inputs, html: '<p>Fiche modifiée</p>' })).not.toBe(key);
    expect(pdfCacheKey({ ...inputs, recipe: 'r2' })).not.toBe(key);
    expect(pdfCacheKey({ ...inputs, header: 'h2' })).not.toBe(key);
  });
  it('cannot be fooled by moving text from one input to the next', () => {
    expect(pdfCacheKey({ a: 'xy', b: '' })).not.toBe(pdfCacheKey({ a: 'x', b: 'y' }));
  });
});

describe('toc page numbers', () => {
  it('finds the first page of each section from the text of a print', () => {
    const text = ['Couverture', `Sommaire ${tocMarker(99)}`, `${tocMarker(0)} En amont`, `suite`, `${tocMarker(1)} Fiche 1`];
    expect(findMarkerPages(text, 2)).toEqual([3, 5]);
  });
  it('makes markers that one never mistakes for another', () => {
    expect(tocMarker(1)).not.toContain(tocMarker(0).slice(0, -2) + '10');
    expect(new Set(Array.from({ length: 200 }, (_, i) => tocMarker(i))).size).toBe(200);
    expect(`x ${tocMarker(12)} y`.includes(tocMarker(1))).toBe(false);
  });
  it('finds a marker in which the text extraction guessed a space', () => {
    expect(findMarkerPages(['Couverture', `${tocMarker(0).slice(0, -1)} ${tocMarker(0).slice(-1)} En amont`], 1)).toEqual([2]);
  });
  it('fails when a section is missing from the print', () => {
    expect(() => findMarkerPages([tocMarker(0), 'autre'], 2)).toThrow(/section n° 2/);
  });
});

describe('paper', () => {
  it('has the margins of the print stylesheet, which the browser uses too', () => {
    const css = readFileSync('src/styles/print.css', 'utf8');
    const page = /@page\s*\{[^}]*margin:\s*([^;]+);/.exec(css);
    expect(page?.[1]).toBe(pageMarginCss());
    expect(css).toMatch(/@page\s*\{[^}]*size:\s*A4/);
  });
  it('lays pages out at the width of the text block', () => {
    expect(contentWidthPx()).toBe(Math.floor(((210 - MARGINS_MM.left - MARGINS_MM.right) * 96) / 25.4));
  });
});

describe('print font', () => {
  it('prints with static files of the kit font, one per weight and style, never the variable one', () => {
    const files = PRINT_FACES.flatMap((face) => [printFontFile(face, 'latin'), printFontFile(face, 'latin-ext')]);
    expect(files).toContain('@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-700-italic.woff2');
    for (const file of files) expect(existsSync(createRequire(import.meta.url).resolve(file)), file).toBe(true);
    expect(files.filter((file) => /variable|wght/.test(file))).toEqual([]);
  });
});

describe('running header and footer', () => {
  const face = printFontFaceCss([{ face: TEMPLATE_FACES[0]!, unicodeRange: 'U+0000-00FF', woff2: new Uint8Array([1, 2, 3]) }]);

  it('embed the kit font as data, never a URL to fetch', () => {
    expect(face).toBe(`@font-face{font-family:${PRINT_FONT_FAMILY};src:url(data:font/woff2;base64,AQID) format('woff2');font-weight:400;font-style:normal;unicode-range:U+0000-00FF}`);
    expect(headerTemplate(face, 'a', 'b')).toContain(face);
    expect(headerTemplate(face, 'a', 'b')).toContain(`font-family:${PRINT_FONT_FAMILY};`);
    expect(headerTemplate(face, 'a', 'b')).not.toMatch(/https?:/);
  });

  it('escape the texts they show', () => {
    expect(headerTemplate(face, 'Fiche 1 · « A & B »', '<Pendant>')).toContain('Fiche 1 · « A &amp; B »');
    expect(headerTemplate(face, 'x', '<Pendant>')).toContain('&lt;Pendant&gt;');
    expect(footerTemplate(face, '</span><script>alert(1)</script>', 'page')).not.toContain('<script>');
  });

  it('number the pages « page N / M » with Chromium’s classes', () => {
    const footer = footerTemplate(face, 'Source : https://kit.exemple.org/fiches/a/', 'page');
    expect(footer).toContain('page <span class="pageNumber"></span> / <span class="totalPages"></span>');
    expect(footer).toContain('Source : https://kit.exemple.org/fiches/a/');
  });

  it('date the print in French, in Paris time', () => {
    expect(formatGenerationDate(new Date('2026-11-22T23:30:00Z'))).toBe('23 novembre 2026');
    expect(formatGenerationDate(new Date('2026-03-01T10:00:00Z'))).toBe('1 mars 2026');
  });

  it('take the date from SOURCE_DATE_EPOCH for reproducible builds', () => {
    expect(generationDate({ SOURCE_DATE_EPOCH: '0' }).toISOString()).toBe('1970-01-01T00:00:00.000Z');
    const now = new Date('2026-01-02T03:04:05Z');
    expect(generationDate({}, now)).toBe(now);
    expect(generationDate({ SOURCE_DATE_EPOCH: 'demain' }, now)).toBe(now);
  });
});

describe('pdfJobs', () => {
  const kit = {
    site: 'https://kit.exemple.org/kit/',
    phases: [{ id: 'pendant', titre: 'Pendant', action: 'Suivre la démarche' }],
    fiches: [{ id: 'animer', numero: 7, titre: 'Animer une réunion', phase: 'pendant', page: 'https://kit.exemple.org/kit/fiches/animer/' }],
    outils: [{ id: 'meteo', titre: 'Météo de séance', type: 'methode', page: 'https://kit.exemple.org/kit/outils/meteo/' }],
    parcours: [{ id: 'relancer', titre: 'Relancer une instance', page: 'https://kit.exemple.org/kit/parcours/relancer/' }],
  } as unknown as KitJson;
  const jobs = pdfJobs(kit, { fiche: 'Fiche', outil: 'Outil', parcours: 'Parcours', kitTitle: 'Kit', kitSubtitle: 'sous-titre', outilTypes: { methode: 'Méthode' } });

  it('makes the kit first, then every fiche, every outil and every parcours', () => {
    expect(jobs.map((job) => `${job.kind}:${job.id}`)).toEqual(['kit:kit', 'fiche:animer', 'outil:meteo', 'parcours:relancer']);
  });

  it('prints from the pages and writes to the PDF addresses of routes.ts', () => {
    expect(jobs.map((job) => [job.page, job.pdf])).toEqual([
      ['/impression/kit/', '/pdf/kit-participation-citoyenne.pdf'],
      ['/fiches/animer/', '/pdf/animer.pdf'],
      ['/outils/meteo/', '/pdf/outils/meteo.pdf'],
      ['/parcours/relancer/', '/pdf/parcours/relancer.pdf'],
    ]);
    expect(jobs[3]!.headerLeft).toBe('Parcours · Relancer une instance');
  });

  it('puts the fiche number, title and phase in the running header, and the page address in the footer', () => {
    const fiche = jobs[1]!;
    expect(fiche.headerLeft).toBe('Fiche 7 · Animer une réunion');
    expect(fiche.headerRight).toBe('Pendant — Suivre la démarche');
    expect(fiche.source).toBe('https://kit.exemple.org/kit/fiches/animer/');
    expect(jobs[2]!.headerRight).toBe('Méthode');
    expect(jobs[0]!.source).toBe('https://kit.exemple.org/kit/');
  });
});
