/**
 * The bibliography's exports, read back with the library that wrote them and compared field by
 * field with content/bibliographie.yaml: type, title, authors or institution, year, publisher,
 * URL (and the container where the format has one).
 */
import { Cite, type CslItem, type CslName } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { bibliographyExports, bibtexKey, CSL_TYPES, cslItem, formattedCitations } from '../../src/lib/citations.ts';
import type { Reference } from '../../src/schemas/index.ts';
import { realKit } from '../helpers/real-kit.ts';

const references = realKit().references;
const exports = bibliographyExports(references);
const name = (n: CslName) => n.literal ?? [n.given, n.family].filter(Boolean).join(' ');
const year = (item: CslItem) => item.issued?.['date-parts']?.[0]?.[0];

/** What BibTeX can say of each CSL type: it has no entry type for a law or a web page. */
const AFTER_BIBTEX: Record<string, string> = { report: 'report', book: 'book', 'article-journal': 'article-journal', legislation: 'document', webpage: 'document' };

function compare(read: CslItem[], format: string, typeOf: (ref: Reference) => string, key: (item: CslItem) => string | undefined) {
  expect(read, format).toHaveLength(references.length);
  const byId = new Map(read.map((item) => [key(item), item]));
  for (const ref of references) {
    const item = byId.get(ref.id);
    const where = `${format} ${ref.id}`;
    expect(item, where).toBeDefined();
    expect(item!.type, `${where} type`).toBe(typeOf(ref));
    expect(item!.title, `${where} titre`).toBe(ref.titre);
    expect(item!.author?.map(name), `${where} auteurs`).toEqual(ref.auteurs);
    expect(year(item!) === undefined ? undefined : Number(year(item!)), `${where} année`).toBe(ref.annee);
    expect(item!.publisher, `${where} éditeur`).toBe(ref.editeur);
    expect(item!.URL, `${where} adresse`).toBe(ref.url);
  }
  return byId;
}

describe('bibliography exports', () => {
  it('CSL-JSON reads back into the same references, containers and languages included', () => {
    const byId = compare(new Cite(JSON.parse(exports.csl)).data, 'CSL-JSON', (ref) => CSL_TYPES[ref.type], (item) => item.id);
    for (const ref of references) {
      expect(byId.get(ref.id)!['container-title']).toBe(ref.conteneur);
      expect(byId.get(ref.id)!.language).toBe(ref.langue ?? 'fr');
    }
  });

  it('RIS reads back into the same references', () => {
    compare(new Cite(exports.ris).data, 'RIS', (ref) => CSL_TYPES[ref.type], (item) => item.id);
  });

  it('BibTeX reads back into the same references, keyed by their ids', () => {
    compare(new Cite(exports.bibtex).data, 'BibTeX', (ref) => AFTER_BIBTEX[CSL_TYPES[ref.type]]!, (item) => references.find((ref) => bibtexKey(ref.id) === item['citation-key'])?.id);
  });

  it('a reference with a wrong field is caught (guards the comparisons above)', () => {
    const broken = [{ ...references[0]!, titre: `${references[0]!.titre} (modifié)` }, ...references.slice(1)];
    const read = new Cite(bibliographyExports(broken).ris).data;
    expect(() => compare(read, 'RIS', (ref) => CSL_TYPES[ref.type], (item) => item.id)).toThrow(/titre/);
  });

  it('gives each reference a French citation with its title and year', () => {
    const citations = formattedCitations(references);
    for (const ref of references) {
      const text = citations.get(ref.id)!;
      // APA names no author for a law: its title comes first.
      expect(text, ref.id).toContain(ref.titre.replaceAll("'", '’').slice(0, 20));
      if (ref.annee) expect(text, ref.id).toContain(String(ref.annee));
    }
    const undated = cslItem({ ...references[0]!, annee: undefined });
    expect(new Cite([undated]).format('bibliography', { format: 'text', template: 'apa', lang: 'fr-FR' })).toMatch(/\(s\.\s?d\.\)/u);
  });
});
