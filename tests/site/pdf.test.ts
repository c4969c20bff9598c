import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Fiche } from '../../src/lib/kit/model.ts';
import { formatFileSize } from '../../src/lib/pdf/size.ts';
import { routes } from '../../src/lib/routes.ts';
import { FICHE_RUBRICS } from '../../src/schemas/index.ts';
import { outilTypeLabels, parcoursUi, pdfUi, ui } from '../../src/ui/strings.ts';
import { DIST, htmlPages, listFiles, readPage, requireBuild } from '../helpers/dist.ts';
import { attr, openingTag, parsePage, text, textContent } from '../helpers/html.ts';
import { greyImage, inkRatio } from '../helpers/ink.ts';
import { foreignFonts, normalize, readPdf, renderPage, type OutlineItem } from '../helpers/pdf.ts';
import { realKit } from '../helpers/real-kit.ts';
import { phaseLabel } from '../../src/ui/phase-label.ts';

requireBuild(DIST);
const kit = realKit();
/** The published addresses (absolute when the build knew the site's address), as the footers print them. */
const published = JSON.parse(readFileSync(join(DIST, 'donnees', 'kit.json'), 'utf8')) as { fiches: { id: string; page: string }[] };
const file = (pdfPath: string) => join(DIST, pdfPath);
const pdf = (path: string) => readPdf(file(path));
const pagesOf = async (path: string) => (await pdf(path)).pages;
const textOfPdf = async (path: string) => normalize((await pagesOf(path)).join('\n'));
const ficheHeading = (fiche: Fiche) => `${ui.fiche} ${fiche.data.numero}. ${fiche.data.titre}`;
/**
 * Every glyph from the kit's own font, embedded as a named TrueType subset (tests/browser/pdf-reader.test.ts
 * shows that a variable font or a fallback font is caught).
 */
async function expectOwnFontsOnly(path: string): Promise<void> {
  const fonts = (await pdf(path)).fonts;
  expect(fonts.length).toBeGreaterThan(0);
  expect(foreignFonts(fonts)).toEqual([]);
}
/** Text that only makes sense on screen and must never reach paper. */
const SCREEN_ONLY = [ui.skipLink, ui.searchLabel, ui.nextFiche, ui.previousFiche, pdfUi.downloadFiche, pdfUi.downloadOutil];

describe('PDF files', () => {
  it('exist for every fiche, every outil, every parcours and the whole kit', () => {
    const expected = [...kit.fiches.map((f) => routes.pdfFiche(f.id)), ...kit.outils.map((o) => routes.pdfOutil(o.id)), ...kit.parcours.map((p) => routes.pdfParcours(p.id)), routes.pdfKit()];
    const missing = expected.filter((path) => !existsSync(file(path)));
    expect(missing).toEqual([]);
    const built = listFiles(DIST).filter((name) => name.endsWith('.pdf'));
    expect(built.length).toBe(expected.length);
  });

  it('leave no print-only page in the published site', () => {
    expect(existsSync(join(DIST, 'impression'))).toBe(false);
    expect(htmlPages(DIST).filter((page) => page.startsWith('/impression/'))).toEqual([]);
  });
});

describe.each(kit.fiches.map((fiche) => [fiche.id, fiche] as const))('PDF of fiche %s', (_id, fiche) => {
  const path = routes.pdfFiche(fiche.id);
  const phase = kit.phase(fiche.data.phase)!;

  it('is an A4, tagged PDF with its title and a sensible length', async () => {
    const info = await pdf(path);
    expect(info.tagged).toBe(true);
    expect(info.title).toBe(`Fiche ${fiche.data.numero} : ${fiche.data.titre} — ${ui.siteName}`);
    expect(info.pageSize.map(Math.round)).toEqual([595, 842]);
    expect(info.pageCount).toBeGreaterThanOrEqual(2);
    expect(info.pageCount).toBeLessThanOrEqual(10);
  });

  it('holds the title, the four rubrics and every item of the checklist', async () => {
    const text = await textOfPdf(path);
    expect(text).toContain(normalize(ficheHeading(fiche)));
    for (const rubric of FICHE_RUBRICS) expect(text).toContain(normalize(rubric));
    for (const item of fiche.data.facteursCles) expect(text).toContain(normalize(item.texte));
  });

  it('runs the fiche number, title and phase in the header, « page N / M », the source and date in the footer', async () => {
    const pages = (await pagesOf(path)).map(normalize);
    pages.forEach((page, index) => {
      expect(page).toContain(normalize(`${ui.fiche} ${fiche.data.numero} · ${fiche.data.titre}`));
      expect(page).toContain(normalize(`${phase.titre} — ${phase.action}`));
      expect(page).toContain(`page ${index + 1} / ${pages.length}`);
      expect(page).toContain(`Source : ${published.fiches.find((entry) => entry.id === fiche.id)!.page}`);
      expect(page).toMatch(/PDF créé le \d{1,2} \p{L}+ \d{4}/u);
    });
  });

  it('leaves navigation, search, buttons and download links off the paper', async () => {
    const text = await textOfPdf(path);
    for (const screenOnly of SCREEN_ONLY) expect(text).not.toContain(screenOnly);
  });

  it('has bookmarks from its headings, French as its language and a structure tree', async () => {
    const { outline, language, tagged, structTree } = await pdf(path);
    const [top, ...others] = outline;
    expect(others).toEqual([]);
    expect(top!.title).toBe(normalize(ficheHeading(fiche)));
    const titles = top!.kids.map((kid) => kid.title);
    expect(titles.slice(0, 5)).toEqual([ui.essentiel, ...FICHE_RUBRICS].map(normalize));
    expect({ language, tagged, structTree }).toEqual({ language: 'fr', tagged: true, structTree: true });
  });

  it('embeds only the kit’s own font', () => expectOwnFontsOnly(path));
});

describe.each(kit.parcours.map((parcours) => [parcours.id, parcours] as const))('PDF of parcours %s', (_id, parcours) => {
  const path = routes.pdfParcours(parcours.id);

  it('is an A4, tagged PDF with its title, its situation and every step in order, each with what to take from it', async () => {
    const info = await pdf(path);
    expect(info.tagged).toBe(true);
    expect(info.title).toBe(`${parcours.titre} — ${ui.siteName}`);
    expect(info.pageSize.map(Math.round)).toEqual([595, 842]);
    const text = await textOfPdf(path);
    expect(text).toContain(normalize(parcours.situation));
    let from = 0;
    parcours.etapes.forEach((step, index) => {
      const at = text.indexOf(normalize(`Étape ${index + 1} ${step.titre}`), from);
      expect(at, step.id).toBeGreaterThan(from - 1);
      from = at;
    });
    for (const step of parcours.etapes) expect(text).toContain(normalize(step.retenir));
  });

  it('runs « Parcours · title » in the header and « page N / M » in the footer, and leaves buttons off the paper', async () => {
    const pages = (await pagesOf(path)).map(normalize);
    pages.forEach((page, index) => {
      expect(page).toContain(normalize(`${parcoursUi.tag} · ${parcours.titre}`));
      expect(page).toContain(`page ${index + 1} / ${pages.length}`);
    });
    const text = await textOfPdf(path);
    for (const screenOnly of [...SCREEN_ONLY, parcoursUi.download, 'Tout décocher']) expect(text).not.toContain(screenOnly);
  });

  it('embeds only the kit’s own font', () => expectOwnFontsOnly(path));
});

describe('French hyphenation on paper', () => {
  it('breaks words at line ends with a hyphen, and leaves no invisible break point elsewhere', async () => {
    let broken = 0;
    for (const fiche of kit.fiches) {
      const { lines, lineEndHyphens, splitWords } = await pdf(routes.pdfFiche(fiche.id));
      for (const line of lines.flat()) {
        const soft = line.indexOf('\u00ad');
        if (soft < 0) continue;
        // The hyphen of a broken word is the last thing drawn on its line.
        expect(line.slice(soft), line).toBe('\u00ad-');
      }
      broken += lineEndHyphens;
      // A soft hyphen left inside a line cuts its word in two for search, copy and screen
      // readers (tests/browser/pdf-reader.test.ts shows such a cut is found).
      expect(splitWords, fiche.id).toEqual([]);
    }
    expect(broken).toBeGreaterThan(kit.fiches.length);
  });

  it('normalizes a hyphenated line break back into the word (guards the text checks)', () => {
    expect(normalize('la par\u00ad-\nticipation des\u00a0personnes')).toBe('la participation des personnes');
  });
});

describe.each(kit.outils.map((outil) => [outil.id, outil] as const))('PDF of outil %s', (_id, outil) => {
  const path = routes.pdfOutil(outil.id);

  it('is tagged, titled, bookmarked, of a sensible length, with its title and type in the header', async () => {
    const info = await pdf(path);
    expect(info.tagged).toBe(true);
    expect(info.title).toBe(`${outil.data.titre} — ${ui.siteName}`);
    expect(info.pageCount).toBeGreaterThanOrEqual(1);
    expect(info.pageCount).toBeLessThanOrEqual(8);
    const pages = info.pages.map(normalize);
    expect(pages[0]).toContain(normalize(`${pdfUi.outil} · ${outil.data.titre}`));
    expect(pages[0]).toContain(outilTypeLabels[outil.data.type]);
    expect(pages.at(-1)).toContain(`page ${pages.length} / ${pages.length}`);
    expect(info.outline[0]!.title).toBe(normalize(outil.data.titre));
    for (const screenOnly of SCREEN_ONLY) expect(await textOfPdf(path)).not.toContain(screenOnly);
    await expectOwnFontsOnly(path);
  });
});

describe('PDF of the whole kit', () => {
  const path = routes.pdfKit();
  // Reading every page of the kit (text, tags, fonts) with pdf.js takes tens of seconds, more on a
  // loaded machine: done once here, with room, rather than inside the first test's time limit.
  beforeAll(() => pdf(path), 600_000);
  const pages = async () => (await pagesOf(path)).map(normalize);

  /** « Fiche 7. Animer une réunion de participation ....... 30 » lines of the table of contents. */
  const tocNumbers = async () => {
    const layout = (await pdf(path)).lines;
    const isToc = (page: string[]) => page.filter((line) => /\S\s{3,}\d+\s*$/.test(line)).length > 3;
    const tocPages = layout.slice(1, layout.findIndex((page, index) => index > 0 && !isToc(page)));
    const numbers = new Map<string, number>();
    for (const line of tocPages.flat()) {
      const match = /^\s*(.+?)\s{2,}(\d+)\s*$/.exec(line);
      if (match) numbers.set(normalize(match[1]!), Number(match[2]));
    }
    return numbers;
  };

  it('is tagged, titled, in French, and as long as a kit should be', async () => {
    const info = await pdf(path);
    expect(info.tagged).toBe(true);
    expect(info.structTree).toBe(true);
    expect(info.title).toBe(`${ui.siteName} ${ui.siteSubtitle}`);
    expect(info.language).toBe('fr');
    // Cover, contents, one page at least per phase, fiche and outil, glossary and bibliography.
    const least = 2 + kit.phases.length + kit.fiches.length + 1 + kit.outils.length + 2;
    expect(info.pageCount).toBeGreaterThanOrEqual(least);
    expect(info.pageCount).toBeLessThanOrEqual(400);
  });

  it('opens with a cover, then a table of contents with page numbers', async () => {
    const all = await pages();
    expect(all[0]).toContain(`${ui.siteName} ${ui.siteSubtitle}`);
    expect(all[0]!.toLowerCase()).toContain(pdfUi.cover.toLowerCase());
    expect(all[1]).toContain(pdfUi.toc);
    const numbers = await tocNumbers();
    for (const fiche of kit.fiches) expect(numbers.has(normalize(ficheHeading(fiche))), ficheHeading(fiche)).toBe(true);
    for (const label of [pdfUi.outilsPart, ui.glossaire, ui.bibliographie]) expect(numbers.has(label), label).toBe(true);
  });

  it('numbers each fiche in the contents with the page where it starts, in the kit’s order', async () => {
    const numbers = await tocNumbers();
    const all = await pages();
    let previous = 0;
    for (const fiche of kit.fiches) {
      const page = numbers.get(normalize(ficheHeading(fiche)))!;
      expect(page, ficheHeading(fiche)).toBeGreaterThan(previous);
      expect(all[page - 1], `${ficheHeading(fiche)} page ${page}`).toContain(normalize(ficheHeading(fiche)));
      // Guard: the heading is not also on the next page, so a number one off would be caught.
      expect(all[page]).not.toContain(normalize(ficheHeading(fiche)));
      previous = page;
    }
    for (const label of [pdfUi.outilsPart, ui.glossaire, ui.bibliographie]) expect(all[numbers.get(label)! - 1]).toContain(label);
  });

  it('holds the three phases with their fiches in order, then the outils, the glossary and the bibliography', async () => {
    const text = await textOfPdf(path);
    const body = text.slice(text.indexOf(normalize(kit.fiches[0]!.data.essentiel)) - 1);
    const positions = [
      ...kit.fiches.map((fiche) => body.indexOf(normalize(fiche.data.essentiel))),
      ...kit.outils.map((outil) => body.indexOf(normalize(outil.data.resume))),
      body.indexOf(normalize(kit.glossaire[0]!.definition)),
      body.indexOf(normalize(kit.references[0]!.apport)),
    ];
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const fiche of kit.fiches) for (const item of fiche.data.facteursCles) expect(text).toContain(normalize(item.texte));
    for (const terme of kit.glossaire) expect(text).toContain(normalize(terme.terme));
  });

  it('prints external links with their address', async () => {
    const withUrl = kit.references.find((ref) => ref.url);
    expect(withUrl).toBeTruthy();
    expect((await textOfPdf(path)).replace(/\s/g, '')).toContain(`(${withUrl!.url})`.replace(/\s/g, ''));
  });

  it('has bookmarks: phases with their fiches, then the outils, the glossary and the bibliography, each at its page', async () => {
    const { outline } = await pdf(path);
    const titles = outline.map((item) => item.title);
    const phaseTitles = kit.phases.map((phase) => normalize(phaseLabel(phase)));
    expect(titles).toEqual(expect.arrayContaining([...phaseTitles, pdfUi.outilsPart, ui.glossaire, ui.bibliographie]));
    const numbers = await tocNumbers();
    for (const phase of kit.phases) {
      const item = outline.find((entry) => entry.title === normalize(phaseLabel(phase))) as OutlineItem;
      const fiches = kit.fichesOfPhase(phase.id);
      expect(item.kids.map((kid) => kid.title)).toEqual(fiches.map((fiche) => normalize(ficheHeading(fiche))));
      item.kids.forEach((kid) => expect(kid.page, kid.title).toBe(numbers.get(kid.title)));
    }
  });

  it('embeds only the kit’s own font', () => expectOwnFontsOnly(path));

  it('renders pages that are not blank', async () => {
    for (const page of [1, 2, (await pdf(path)).pageCount]) {
      const ink = inkRatio(await renderPage(file(path), page));
      expect(ink, `page ${page}`).toBeGreaterThan(0.005);
      expect(ink, `page ${page}`).toBeLessThan(0.5);
    }
  });
});

describe('rendering', () => {
  it('gives a fiche’s first page with ink on it', async () => {
    const ink = inkRatio(await renderPage(file(routes.pdfFiche(kit.fiches[0]!.id)), 1));
    expect(ink).toBeGreaterThan(0.02);
  });

  it('measures a blank image as blank and a drawn one as not (guards the two tests above)', () => {
    expect(inkRatio(greyImage(40, 30, () => 255))).toBe(0);
    expect(inkRatio(greyImage(40, 30, (x) => (x < 10 ? 0 : 255)))).toBeCloseTo(0.25);
  });
});

describe('download links', () => {

  it('show on every fiche and outil page the real size of its PDF, and an « Imprimer » button', () => {
    const pages = [
      ...kit.fiches.map((fiche) => ({ page: routes.fiche(fiche.id), pdf: routes.pdfFiche(fiche.id), label: pdfUi.downloadFiche })),
      ...kit.outils.map((outil) => ({ page: routes.outil(outil.id), pdf: routes.pdfOutil(outil.id), label: pdfUi.downloadOutil })),
      { page: routes.home(), pdf: routes.pdfKit(), label: pdfUi.downloadKit },
    ];
    for (const { page, pdf, label } of pages) {
      const html = parsePage(readPage(DIST, page));
      const links = html.selectAll('a[href]').filter((link) => attr(link, 'href') === pdf);
      expect(links.length, page).toBe(1);
      // The block names what is downloaded: « Télécharger la fiche : PDF, 180 Ko · ODT… ».
      expect(text(links[0]!), page).toBe(`PDF, ${formatFileSize(statSync(file(pdf)).size)}`.replace(/\s+/g, ' '));
      expect(text(html.root), page).toContain(`${label} : PDF`);
      if (page !== routes.home()) {
        const button = html.select('button[data-print-button][hidden]');
        expect(button && text(button), page).toBe('Imprimer');
      }
    }
  });

  it('are all filled: no page is left with an empty size', () => {
    for (const page of htmlPages(DIST)) {
      for (const size of parsePage(readPage(DIST, page)).selectAll('[data-pdf-size]')) {
        expect(attr(size, 'data-pdf-size'), page).toMatch(/\.pdf$/);
        // textContent, not text: the non-breaking space before the unit is part of what is checked.
        expect(textContent(size), page).toMatch(/^, \d+(,\d)?\u00a0(Ko|Mo)$/);
      }
    }
  });

  it('the size written is the one of the file, rounded as displayed (guard: another size would not match)', () => {
    const fiche = kit.fiches[0]!;
    const html = readPage(DIST, routes.fiche(fiche.id));
    const shown = textContent(parsePage(html).select('[data-pdf-size]')!).replace(/^, /, '');
    const size = statSync(file(routes.pdfFiche(fiche.id))).size;
    expect(shown).toBe(formatFileSize(size));
    expect(shown).not.toBe(formatFileSize(size + 5000));
  });
});

describe('a build with PDF=0', () => {
  const out = '.tmp/pdf-off-dist';

  it('makes no PDF and shows no link to one', () => {
    const result = spawnSync('node', ['scripts/build.ts'], {
      encoding: 'utf8',
      env: { ...process.env, PDF: '0', OUT_DIR: out, CACHE_DIR: '.tmp/pdf-off-cache', BASE_PATH: '', SITE_URL: '' },
    });
    expect(result.status, result.stderr).toBe(0);
    const files = listFiles(out);
    expect(files.filter((name) => name.endsWith('.pdf'))).toEqual([]);
    expect(files.filter((name) => name.startsWith('impression/'))).toEqual([]);
    for (const page of htmlPages(out)) {
      const html = readPage(out, page);
      expect(parsePage(html).selectAll('[href$=".pdf"]').map(openingTag), page).toEqual([]);
      expect(html, page).not.toContain('data-pdf-size');
    }
    // Printing from the browser still works without PDFs.
    expect(readPage(out, routes.fiche(kit.fiches[0]!.id))).toContain('data-print-button');
    const timings = JSON.parse(readFileSync(`.tmp/build-timings-${out.replace(/\W+/g, '_')}.json`, 'utf8')) as { step: string; detail?: string }[];
    expect(timings.find((timing) => timing.step === 'pdf')?.detail).toMatch(/PDF=0/);
  }, 300_000);
});
