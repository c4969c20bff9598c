/**
 * The editable documents of a real build, read back: every fiche, every outil and the whole kit,
 * in ODT and DOCX, next to the PDFs; their text is the text of their page.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, readPage, requireBuild } from '../helpers/dist.ts';
import { realKit } from '../helpers/real-kit.ts';
import { routes } from '../../src/lib/routes.ts';
import { formatFileSize } from '../../src/lib/pdf/size.ts';
import { ficheTitle } from '../../src/lib/office/documents.ts';
import { phaseLabel } from '../../src/ui/phase-label.ts';
import { downloadUi, pdfUi, ui } from '../../src/ui/strings.ts';
import { ODF_SCHEMA, attribute, docxOutline, findAll, findElement, firstEntry, htmlOutline, htmlText, normalize, odtOutline, odtParagraphsWithStyle, parseHtml, parseXml, unzip, validateAgainst, type Outline } from '../helpers/office.ts';

requireBuild(DIST);
const kit = realKit();
const file = (sitePath: string) => join(DIST, ...sitePath.split('/').filter(Boolean));
const documents = [
  ...kit.fiches.map((fiche) => ({ page: routes.fiche(fiche.id), pdf: routes.pdfFiche(fiche.id), title: ficheTitle(fiche) })),
  ...kit.outils.map((outil) => ({ page: routes.outil(outil.id), pdf: routes.pdfOutil(outil.id), title: outil.data.titre })),
];
const read = (sitePath: string) => new Uint8Array(readFileSync(file(sitePath)));

/** What a page shows of its document: inside `main`, without menus, asides and the download block. */
function pageOutline(sitePath: string): Outline & { checklist: number } {
  const main = findElement(parseHtml(readPage(DIST, sitePath)), (element) => element.tagName === 'main')!;
  const skip = (element: Parameters<typeof attribute>[0]) =>
    element.tagName === 'nav' || attribute(element, 'data-pagefind-ignore') !== undefined || (element.tagName === 'aside' && !/\bcallout\b/.test(attribute(element, 'class') ?? ''));
  const checklist = findAll(main, (element) => element.tagName === 'li' && /\bchecklist\b/.test(attribute(element.parentNode as typeof element, 'class') ?? '')).length;
  return { ...htmlOutline(main, { skip }), checklist };
}

describe('editable documents of the build', () => {
  it('exist for every fiche, every outil and the whole kit, next to the PDFs', () => {
    for (const pdf of [...documents.map((d) => d.pdf), routes.pdfKit()]) {
      for (const format of ['odt', 'docx'] as const) expect(existsSync(file(routes.editable(pdf, format))), routes.editable(pdf, format)).toBe(true);
    }
  });

  it('ODT: an ODF package whose text is the page text (headings, list items, table cells in order), title and language set', () => {
    for (const { page, pdf, title } of documents) {
      const bytes = read(routes.editable(pdf, 'odt'));
      expect(firstEntry(bytes), page).toEqual({ name: 'mimetype', method: 0, extraLength: 0 });
      const files = unzip(bytes);
      const expected = pageOutline(page);
      const outline = odtOutline(files['content.xml']!);
      expect(outline.headings, page).toEqual(expected.headings);
      expect(outline.items, page).toEqual(expected.items);
      expect(outline.cells, page).toEqual(expected.cells);
      expect(odtParagraphsWithStyle(files['content.xml']!, 'Case_20_a_20_cocher'), page).toHaveLength(expected.checklist);
      const meta = parseXml(files['meta.xml']!);
      expect(meta.getElementsByTagName('dc:title')[0]?.textContent, page).toBe(title);
      expect(meta.getElementsByTagName('dc:language')[0]?.textContent, page).toBe('fr-FR');
    }
  });

  it('ODT: content, styles and meta of every document valid against the ODF 1.3 schema', async () => {
    const xml = [...documents.map((d) => d.pdf), routes.pdfKit()].flatMap((pdf) => {
      const files = unzip(read(routes.editable(pdf, 'odt')));
      return ['content.xml', 'styles.xml', 'meta.xml'].map((name) => ({ fileName: `${pdf.replace(/\W+/g, '_')}-${name}`, contents: files[name]! }));
    });
    expect(await validateAgainst(ODF_SCHEMA, xml)).toEqual([]);
  }, 300_000);

  it('DOCX: opens with mammoth, and its text is the page text; title and language set', async () => {
    for (const { page, pdf, title } of documents) {
      const bytes = read(routes.editable(pdf, 'docx'));
      const expected = pageOutline(page);
      const outline = await docxOutline(bytes);
      expect(outline.headings, page).toEqual(expected.headings);
      expect(outline.items, page).toEqual(expected.items);
      expect(outline.cells, page).toEqual(expected.cells);
      const files = unzip(bytes);
      expect(parseXml(files['docProps/core.xml']!).getElementsByTagName('dc:title')[0]?.textContent, page).toBe(title);
      expect(files['word/styles.xml'], page).toContain('<w:lang w:val="fr-FR"');
    }
  }, 120_000);

  it('the whole kit: every fiche and outil with its headings, in the order of the kit, then glossary and bibliography', async () => {
    const expected = [
      normalize(`${ui.siteName} ${ui.siteSubtitle}`),
      ...kit.phases.flatMap((phase) => [normalize(phaseLabel(phase)), ...kit.fichesOfPhase(phase.id).flatMap((fiche) => pageOutline(routes.fiche(fiche.id)).headings)]),
      normalize(pdfUi.outilsPart),
      ...kit.outils.flatMap((outil) => pageOutline(routes.outil(outil.id)).headings),
      ui.glossaire,
      ui.bibliographie,
    ];
    expect(odtOutline(unzip(read(routes.editable(routes.pdfKit(), 'odt')))['content.xml']!).headings).toEqual(expected);
    expect((await docxOutline(read(routes.editable(routes.pdfKit(), 'docx')))).headings).toEqual(expected);
  }, 120_000);

  it('each page offers them with their real size and says which one to take', () => {
    for (const { page, pdf } of [...documents, { page: routes.home(), pdf: routes.pdfKit() }]) {
      const root = parseHtml(readPage(DIST, page));
      const block = findElement(root, (element) => /\bdownloads\b/.test(attribute(element, 'class') ?? ''))!;
      expect(block, page).toBeDefined();
      for (const [format, name] of [['odt', downloadUi.odt], ['docx', downloadUi.docx]] as const) {
        const path = routes.editable(pdf, format);
        const links = findAll(block, (element) => element.tagName === 'a' && attribute(element, 'href') === path);
        expect(links, `${page} ${format}`).toHaveLength(1);
        expect(normalize(htmlText(links[0]!)), page).toBe(normalize(`${name}, ${formatFileSize(statSync(file(path)).size)}`));
      }
      expect(normalize(htmlText(block)), page).toContain('si vous utilisez LibreOffice, prenez l\'ODT ; si vous utilisez Word, prenez le DOCX');
    }
  });

  it('kit.json gives their addresses', () => {
    const data = JSON.parse(readFileSync(join(DIST, 'donnees', 'kit.json'), 'utf8'));
    const fiche = data.fiches.find((f: { id: string }) => f.id === kit.fiches[0]!.id);
    expect([fiche.odt, fiche.docx]).toEqual([routes.editable(routes.pdfFiche(kit.fiches[0]!.id), 'odt'), routes.editable(routes.pdfFiche(kit.fiches[0]!.id), 'docx')]);
    const outil = data.outils.find((o: { id: string }) => o.id === kit.outils[0]!.id);
    expect(outil.docx).toBe(routes.editable(routes.pdfOutil(kit.outils[0]!.id), 'docx'));
    expect(data.telechargements).toEqual({ pdf: routes.pdfKit(), odt: routes.editable(routes.pdfKit(), 'odt'), docx: routes.editable(routes.pdfKit(), 'docx') });
  });
});
