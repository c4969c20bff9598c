/**
 * The open data as others will reuse it: kit.json carries no MDX component and its Markdown
 * reads as the pages do; the Data Package validates against the official profile; each CSV
 * table reads back into the collection it was made from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { ALLOWED_HTML, KIT_COMPONENTS } from '../../src/lib/content/mdx-components.ts';
import { MDX_FEATURES } from '../../src/lib/content/mdx-pipeline.ts';
import { OPEN_TABLE_NAMES } from '../../src/lib/open-data/tables.ts';
import { routes } from '../../src/lib/routes.ts';
import { DIST, readPage, requireBuild } from '../helpers/dist.ts';
import { parseCsv } from '../helpers/csv.ts';
import { parsePage, sectionAfter, text, textOf } from '../helpers/html.ts';

requireBuild(DIST);
const file = (name: string) => readFileSync(join(DIST, 'donnees', name), 'utf8');
const raw = file('kit.json');
const data = JSON.parse(raw);
const rendered = (markdown: string) => textOf(markdownToHtml(markdown, { features: MDX_FEATURES }).html);

/**
 * What a reader sees of a rubric on the page: the section its heading opens, without the glossary
 * definitions shown on demand (`popover`: kit.json keeps the term, not its definition) and without
 * the checklist that follows the last rubric (a field of its own in kit.json).
 */
function rubricText(html: string, title: string): string {
  const page = parsePage(html);
  const heading = page.selectAll('h2').find((h) => text(h) === title);
  if (!heading) throw new Error(`rubrique « ${title} » introuvable`);
  const section = sectionAfter(heading);
  const island = section.findIndex((element) => element.tagName === 'astro-island' || element.tagName === 'style' || element.tagName === 'script');
  const shown = island === -1 ? section : section.slice(0, island);
  for (const element of shown) for (const definition of page.selectAll('[popover]', element)) definition.children = [];
  return shown.map(text).join(' ').replace(/\s+/g, ' ').trim();
}

describe('kit.json, format 2', () => {
  it('is format 2', () => {
    expect(data.format).toBe(2);
  });

  it('contains no MDX component tag anywhere', () => {
    for (const name of Object.keys(KIT_COMPONENTS)) expect(raw, name).not.toContain(`<${name}`);
    // Allowed inline HTML is written out as words in the Markdown (no tag at all).
    for (const fiche of data.fiches) for (const r of fiche.rubriques) for (const tag of Object.keys(ALLOWED_HTML)) expect(r.texte.markdown).not.toContain(`<${tag}`);
  });

  it('gives each rubric, outil and expérience as Markdown and HTML that say the same thing', () => {
    const texts = [...data.fiches.flatMap((f: { rubriques: { texte: unknown }[] }) => f.rubriques.map((r) => r.texte)), ...data.outils.map((o: { texte: unknown }) => o.texte), ...data.experiences.map((e: { texte: unknown }) => e.texte)] as { markdown: string; html: string }[];
    for (const text of texts) expect(rendered(text.markdown)).toBe(textOf(text.html));
  });

  it('has Markdown that renders back to the text of each fiche page, rubric by rubric', () => {
    for (const fiche of data.fiches) {
      const html = readPage(DIST, routes.fiche(fiche.id));
      for (const rubrique of fiche.rubriques) expect(rendered(rubrique.texte.markdown), `${fiche.id} / ${rubrique.titre}`).toBe(rubricText(html, rubrique.titre));
    }
  });
});

describe('/donnees/datapackage.json', () => {
  const descriptor = JSON.parse(file('datapackage.json'));
  const profile = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/data-package/datapackage-2.0.schema.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(profile);

  it('validates against the Data Package 2.0 profile', () => {
    const valid = validate(descriptor);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the profile refuses a package without resources or with a bad licence name (guards the test above)', () => {
    expect(validate({ ...descriptor, resources: [] })).toBe(false);
    expect(validate({ ...descriptor, licenses: [{ name: 'Licence ouverte 2.0' }] })).toBe(false);
  });

  it('names the Licence Ouverte 2.0 by its SPDX id, its sources, and every published file that exists', () => {
    expect(descriptor.licenses).toEqual([expect.objectContaining({ name: 'etalab-2.0' })]);
    expect(descriptor.sources.length).toBeGreaterThan(0);
    for (const resource of descriptor.resources) expect(() => file(resource.path), resource.path).not.toThrow();
    expect(descriptor.resources.map((r: { name: string }) => r.name)).toEqual(['kit', 'kit-schema', ...OPEN_TABLE_NAMES, 'bibliographie-bibtex', 'bibliographie-ris', 'bibliographie-csl']);
  });

  it('describes each CSV table with the columns it really has', () => {
    for (const resource of descriptor.resources.filter((r: { type?: string }) => r.type === 'table')) {
      const [header] = parseCsv(file(resource.path));
      expect(header, resource.path).toEqual(resource.schema.fields.map((f: { name: string }) => f.name));
    }
  });
});

describe('CSV tables', () => {
  const collections: Record<(typeof OPEN_TABLE_NAMES)[number], { id: string }[]> = {
    fiches: data.fiches,
    outils: data.outils,
    obstacles: data.obstacles,
    references: data.references,
    glossaire: data.glossaire,
  };

  it.each(OPEN_TABLE_NAMES)('%s.csv reads back into kit.json, row by row', (name) => {
    const [header, ...rows] = parseCsv(file(`${name}.csv`));
    const items = collections[name];
    expect(rows.map((row) => row[0])).toEqual(items.map((item) => item.id));
    rows.forEach((row, index) => {
      const item = items[index] as unknown as Record<string, unknown>;
      header!.forEach((column, c) => {
        const value = item[column];
        const expected = value === undefined || value === null ? '' : Array.isArray(value) ? value.join(';') : String(value);
        expect(row[c], `${name}.csv ${item.id}.${column}`).toBe(expected);
      });
    });
  });

  it('the /donnees/ page links every file of the package', () => {
    const page = readPage(DIST, routes.donnees());
    for (const path of ['kit.json', 'kit.schema.json', 'datapackage.json', ...OPEN_TABLE_NAMES.map((n) => `${n}.csv`), 'bibliographie.bib', 'bibliographie.ris', 'bibliographie.json']) expect(page).toContain(`href="/donnees/${path}"`);
  });
});
