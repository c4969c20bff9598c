import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { mdxToMdast } from 'satteri';
import { MDX_FEATURES } from '../../src/lib/content/mdx-pipeline.ts';
import { KIT_COMPONENTS } from '../../src/lib/content/mdx-components.ts';
import { mdxBlocks, textPieces, type MdxContext } from '../../src/lib/office/from-mdx.ts';
import { outlineOf, type Block, type OfficeDocument } from '../../src/lib/office/model.ts';
import { contentXml, metaXml, stylesXml, writeOdt } from '../../src/lib/office/odt.ts';
import { writeDocx } from '../../src/lib/office/docx.ts';
import { realKit } from '../helpers/real-kit.ts';
import { ODF_MANIFEST_SCHEMA, ODF_SCHEMA, docxHtml, docxOutline, firstEntry, normalize, odtOutline, odtParagraphsWithStyle, parseXml, unzip, validateAgainst } from '../helpers/office.ts';

const FIXTURE = readFileSync('tests/fixtures/office/tous-les-elements.mdx', 'utf8');
const context: MdxContext = {
  link: (kind, id) => ({ path: `/${kind}s/${id}/`, label: `« ${kind} ${id} »` }),
  term: (id) => (id === 'cvs' ? 'conseil de la vie sociale' : undefined),
  url: (path) => `https://kit.exemple.fr${path}`,
};
const blocks = mdxBlocks(FIXTURE, context);
const doc: OfficeDocument = {
  title: 'Tous les éléments',
  subject: 'Fixture des documents modifiables',
  language: 'fr-FR',
  source: 'https://kit.exemple.fr/outils/tous-les-elements/',
  licence: 'Licence Ouverte / Etalab 2.0',
  date: '2 décembre 2026',
  created: '2026-12-02T12:00:00Z',
  blocks: [{ kind: 'heading', level: 1, content: [{ kind: 'text', text: 'Tous les éléments' }] }, ...blocks, { kind: 'checklist', items: [{ content: textPieces('Une case à cocher'), detail: textPieces('Son détail') }] }],
};

function nodeTypes(text: string): Set<string> {
  const types = new Set<string>();
  const walk = (node: { type: string; name?: string | null; children?: unknown[] }) => {
    types.add(node.name ? `${node.type}:${node.name}` : node.type);
    for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
  };
  walk(mdxToMdast(text, { features: MDX_FEATURES }) as never);
  return types;
}

describe('the fixture', () => {
  it('uses every kit component and every construct the real kit uses', () => {
    const fixture = nodeTypes(FIXTURE);
    for (const name of Object.keys(KIT_COMPONENTS)) expect([...fixture].some((type) => type.endsWith(`:${name}`)), name).toBe(true);
    const kit = realKit();
    const used = new Set([...kit.fiches, ...kit.outils].flatMap((entry) => [...nodeTypes(entry.body)]));
    for (const type of used) expect(fixture.has(type) || fixture.has(type.replace('mdxJsxTextElement', 'mdxJsxFlowElement')), type).toBe(true);
  });
});

describe('the document model, from the MDX tree', () => {
  const find = <K extends Block['kind']>(kind: K) => blocks.filter((b): b is Extract<Block, { kind: K }> => b.kind === kind);

  it('keeps headings with their level, lists with their kind and start, tables with their header', () => {
    expect(find('heading').map((h) => [h.level, normalize(outlineOf([h]).headings[0]!)])).toEqual([
      [2, 'Un titre de rubrique'],
      [3, 'Un sous-titre'],
      [4, 'Un titre de niveau quatre'],
      [2, 'Notes'],
    ]);
    const lists = find('list');
    expect(lists.map((l) => [l.ordered, l.start ?? 1, l.items.length])).toEqual([[true, 1, 3], [false, 1, 2], [true, 3, 2]]);
    expect(lists[0]!.items[1]!.some((b) => b.kind === 'list' && !b.ordered && b.items.length === 2)).toBe(true);
    const [table] = find('table');
    expect(outlineOf([table!]).cells).toEqual(['Rubrique', 'À remplir', 'Quoi ?', 'Une rencontre sur ________', 'Enfants ?', 'Garde prévue : ☐ oui ☐ non']);
  });

  it('maps each callout with its label and its blocks', () => {
    expect(find('callout').map((c) => [c.callout, c.label, c.blocks.map((b) => b.kind)])).toEqual([
      ['exemple', 'Exemple : Dans un CCAS', ['paragraph', 'list']],
      ['attention', 'Attention', ['paragraph']],
      ['astuce', 'Astuce : Gagner du temps', ['paragraph']],
    ]);
  });

  it('turns kit links into links with their label, terms into plain words, site paths into full addresses', () => {
    const inline = find('paragraph').flatMap((p) => p.content);
    const links = inline.filter((i) => i.kind === 'link').map((l) => [l.href, outlineOf([{ kind: 'paragraph', content: l.children }]).items.length, l.children.map((c) => ('text' in c ? c.text : '')).join('')]);
    expect(links).toEqual([
      ['https://www.service-public.fr/', 0, 'lien externe'],
      ['https://kit.exemple.fr/glossaire/', 0, 'lien du site'],
      ['https://kit.exemple.fr/fiches/une-fiche/', 0, '« fiche une-fiche »'],
      ['https://kit.exemple.fr/outils/un-outil/', 0, '« outil un-outil »'],
      ['https://kit.exemple.fr/obstacles/un-obstacle/', 0, '« obstacle un-obstacle »'],
      ['https://www.legifrance.gouv.fr/', 0, 'lien par référence'],
    ]);
    const texts = inline.filter((i) => i.kind === 'text').map((t) => t.text);
    expect(texts).toContain('FALC');
    expect(texts).toContain('conseil de la vie sociale');
    expect(inline.some((i) => i.kind === 'text' && i.text === 'gras' && i.bold)).toBe(true);
    expect(inline.some((i) => i.kind === 'text' && i.text === 'italique' && i.italic)).toBe(true);
    expect(inline.some((i) => i.kind === 'text' && i.text === 'code' && i.code)).toBe(true);
    expect(inline.filter((i) => i.kind === 'break').length).toBeGreaterThanOrEqual(2);
  });

  it('marks spaces to write in, boxes to tick and text to replace', () => {
    expect(textPieces('Le ________ (jour) ☐ oui [Nom de la structure] [x] a__b')).toEqual([
      { kind: 'text', text: 'Le ' },
      { kind: 'blank', length: 8 },
      { kind: 'text', text: ' (jour) ' },
      { kind: 'box' },
      { kind: 'text', text: ' oui ' },
      { kind: 'placeholder', text: '[Nom de la structure]' },
      { kind: 'text', text: ' [x] a__b' },
    ]);
    const lone = find('paragraph').find((p) => p.content.length === 1 && p.content[0]!.kind === 'blank');
    expect(lone).toBeDefined();
  });

  it('refuses, with its line, what the verifier would have refused', () => {
    expect(() => mdxBlocks('Texte\n\n<Inconnu />\n', context)).toThrow(/ligne 3 : balise <Inconnu> non autorisée/);
    expect(() => mdxBlocks('Voir <LienFiche id="x" />.', { ...context, link: () => undefined })).toThrow(/ligne 1 : lien vers fiche inconnu : « x »/);
  });
});

describe('the ODT', () => {
  const bytes = writeOdt(doc);
  const files = unzip(bytes);

  it('is an ODF package: mimetype first and stored, then content, styles, meta and manifest', () => {
    expect(firstEntry(bytes)).toEqual({ name: 'mimetype', method: 0, extraLength: 0 });
    expect(files.mimetype).toBe('application/vnd.oasis.opendocument.text');
    expect(Object.keys(files).sort()).toEqual(['META-INF/manifest.xml', 'content.xml', 'meta.xml', 'mimetype', 'styles.xml']);
    const manifest = parseXml(files['META-INF/manifest.xml']!);
    const paths = Array.from(manifest.getElementsByTagName('manifest:file-entry') as unknown as ArrayLike<{ getAttribute(name: string): string }>).map((e) => e.getAttribute('manifest:full-path'));
    expect(paths).toEqual(['/', 'content.xml', 'styles.xml', 'meta.xml']);
  });

  it('is valid against the OASIS ODF 1.3 RELAX NG schema (content, styles, meta, manifest)', async () => {
    const xml = ['content.xml', 'styles.xml', 'meta.xml'].map((name) => ({ fileName: name, contents: files[name]! }));
    expect(await validateAgainst(ODF_SCHEMA, xml)).toEqual([]);
    expect(await validateAgainst(ODF_MANIFEST_SCHEMA, [{ fileName: 'manifest.xml', contents: files['META-INF/manifest.xml']! }])).toEqual([]);
  }, 60_000);

  it('the schema check fails on a document the schema refuses (guards the test above)', async () => {
    const broken = contentXml(doc).replace('<text:h ', '<text:h text:inventé="1" ');
    expect(await validateAgainst(ODF_SCHEMA, [{ fileName: 'content.xml', contents: broken }])).not.toEqual([]);
  }, 60_000);

  it('holds the text of the model: headings, list items, table cells in order', () => {
    const expected = outlineOf(doc.blocks);
    const read = odtOutline(files['content.xml']!);
    expect(read.headings).toEqual(expected.headings.map(normalize));
    expect(read.items).toEqual(expected.items.map(normalize));
    expect(read.items).toHaveLength(11);
    expect(read.cells).toEqual(expected.cells.map(normalize));
  });

  it('uses named styles: headings with outline levels, callouts, checklist, lines to write on, text to replace', () => {
    const content = files['content.xml']!;
    expect(content).toContain('<text:h text:style-name="Heading_20_1" text:outline-level="1">');
    expect(odtParagraphsWithStyle(content, 'Encadre_20_Exemple_20_titre')).toEqual(['Exemple : Dans un CCAS']);
    expect(odtParagraphsWithStyle(content, 'Encadre_20_Attention_20_titre')).toEqual(['Attention']);
    expect(odtParagraphsWithStyle(content, 'Case_20_a_20_cocher')).toEqual(['Une case à cocher']);
    expect(odtParagraphsWithStyle(content, 'Ligne_20_a_20_remplir')).toHaveLength(1);
    expect(content).toContain('<text:span text:style-name="A_20_remplacer">[Nom de la structure]</text:span>');
    expect(content).toContain('<text:a xlink:type="simple" xlink:href="https://www.service-public.fr/"');
    const styles = stylesXml(doc);
    for (const name of ['Heading_20_1', 'Heading_20_2', 'Encadre_20_Exemple', 'Encadre_20_Attention', 'Encadre_20_Astuce', 'Zone_20_a_20_remplir', 'A_20_remplacer', 'Liste_20_numerotee']) expect(styles, name).toContain(`style:name="${name}"`);
  });

  it('declares title, subject, language, font with fallbacks, and prints source, date and licence in the footer', () => {
    const meta = parseXml(metaXml(doc));
    const text = (tag: string) => meta.getElementsByTagName(tag)[0]?.textContent;
    expect([text('dc:title'), text('dc:subject'), text('dc:language')]).toEqual(['Tous les éléments', 'Fixture des documents modifiables', 'fr-FR']);
    const styles = files['styles.xml']!;
    expect(styles).toContain(`svg:font-family="'Atkinson Hyperlegible Next', 'Atkinson Hyperlegible', Verdana, Arial, sans-serif"`);
    expect(styles).toContain('fo:language="fr" fo:country="FR"');
    expect(styles).toContain('Source : https://kit.exemple.fr/outils/tous-les-elements/ · Document créé le 2 décembre 2026 · Licence Ouverte / Etalab 2.0');
  });

  it('keeps hostile text as text: markup is escaped, characters XML cannot hold are dropped', async () => {
    const hostile = mdxBlocks('Un \u0001 texte avec &lt;text:p&gt; et "guillemets".\n', context);
    const content = contentXml({ ...doc, blocks: hostile });
    expect(await validateAgainst(ODF_SCHEMA, [{ fileName: 'content.xml', contents: content }])).toEqual([]);
    expect(odtParagraphsWithStyle(content, 'Text_20_body')).toEqual(['Un texte avec <text:p> et "guillemets".']);
  }, 60_000);
});

describe('the DOCX', async () => {
  const bytes = await writeDocx(doc);
  const files = unzip(bytes);

  it('opens with mammoth, with the text of the model: headings, list items, table cells in order', async () => {
    const expected = outlineOf(doc.blocks);
    const read = await docxOutline(bytes);
    expect(read.headings).toEqual(expected.headings.map(normalize));
    expect(read.items.slice(0, expected.items.length)).toEqual(expected.items.map(normalize));
    expect(read.cells).toEqual(expected.cells.map(normalize));
  });

  it('has real numbering, callout and checklist styles, check boxes, and text to replace highlighted', async () => {
    const { html } = await docxHtml(bytes);
    expect(html).toContain('<ol><li>Premier point <strong>en gras</strong>.</li>');
    expect(html).toContain('<p class="encadre-titre">Exemple : Dans un CCAS</p>');
    expect(html).toContain('<p class="case"><input type="checkbox" /> Une case à cocher</p>');
    expect(html).toContain('<mark>[Nom de la structure]</mark>');
    // mammoth drops empty paragraphs: the line to write on is looked for in the document itself.
    expect(files['word/document.xml']!.match(/<w:pStyle w:val="LigneARemplir"\/>/g)).toHaveLength(1);
    expect(html).toContain('<a href="https://kit.exemple.fr/fiches/une-fiche/">« fiche une-fiche »</a>');
    const numbering = files['word/numbering.xml']!;
    expect(numbering).toContain('w:numFmt w:val="decimal"');
    expect(numbering).toContain('<w:start w:val="3"/>');
  });

  it('declares title, subject and language, and prints source, date and licence in the footer', () => {
    const core = parseXml(files['docProps/core.xml']!);
    expect(core.getElementsByTagName('dc:title')[0]?.textContent).toBe('Tous les éléments');
    expect(core.getElementsByTagName('dc:subject')[0]?.textContent).toBe('Fixture des documents modifiables');
    expect(files['word/styles.xml']).toMatch(/<w:lang w:val="fr-FR"/);
    expect(files['word/styles.xml']).toContain('Atkinson Hyperlegible Next');
    const footer = Object.entries(files).find(([name]) => /^word\/footer\d*\.xml$/.test(name))![1];
    expect(footer).toContain('Source : https://kit.exemple.fr/outils/tous-les-elements/ · Document créé le 2 décembre 2026 · Licence Ouverte / Etalab 2.0');
  });
});
