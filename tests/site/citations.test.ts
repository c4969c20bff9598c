/** « Citer » and the bibliography's exports, as the built site publishes them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bibliographyExports, formattedCitations } from '../../src/lib/citations.ts';
import { routes } from '../../src/lib/routes.ts';
import { DIST, readPage, requireBuild } from '../helpers/dist.ts';
import { textOf } from '../helpers/html.ts';
import { realKit } from '../helpers/real-kit.ts';

requireBuild(DIST);
const kit = realKit();
const exportLinks = (['bib', 'ris', 'json'] as const).map((format) => `href="${routes.bibliographyExport(format)}"`);

describe('bibliography exports', () => {
  it('are published as the library writes them from content/bibliographie.yaml', () => {
    const expected = bibliographyExports(kit.references);
    const read = (format: 'bib' | 'ris' | 'json') => readFileSync(join(DIST, routes.bibliographyExport(format)), 'utf8');
    expect(read('bib')).toBe(expected.bibtex);
    expect(read('ris')).toBe(expected.ris);
    expect(read('json')).toBe(expected.csl);
  });

  it('are linked from the bibliography and from every fiche', () => {
    const pages = [routes.bibliographie(), ...kit.fiches.map((f) => routes.fiche(f.id))];
    for (const page of pages) for (const link of exportLinks) expect(readPage(DIST, page), page).toContain(link);
  });
});

describe('« Citer »', () => {
  const html = readPage(DIST, routes.bibliographie());
  const citations = formattedCitations(kit.references);

  it('gives every reference its formatted citation as text, readable without JavaScript', () => {
    for (const ref of kit.references) {
      const start = html.indexOf(`<li id="${ref.id}"`);
      const end = html.indexOf('</li>', start);
      const item = html.slice(start, end);
      expect(item, ref.id).toContain('<summary>Citer</summary>');
      // textOf folds every white space, the non-breaking ones of French typography included.
      expect(textOf(item), ref.id).toContain(citations.get(ref.id)!.replace(/\s+/g, ' '));
    }
  });

  it('offers a copy button only to scripts: hidden in the HTML', () => {
    expect(html).toMatch(/<button type="button" class="button button--secondary copy-button" data-copy-button data-enhance="copy"[^>]* hidden>/);
  });
});
