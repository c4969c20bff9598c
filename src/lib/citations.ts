/**
 * The bibliography in the formats reference managers import (Zotero, a word processor, a
 * thesis): BibTeX, RIS and CSL-JSON, and each reference as a formatted French citation. All are
 * written by citation-js (0.8 line) from one CSL-JSON description of each reference, so the
 * formats cannot disagree with each other.
 */
import { Cite, type CslItem } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import type { Reference, ReferenceType } from '../schemas/index.ts';

/** The CSL type of each kind of reference of the kit. */
export const CSL_TYPES: Record<ReferenceType, string> = {
  guide: 'report',
  rapport: 'report',
  'texte-juridique': 'legislation',
  ouvrage: 'book',
  article: 'article-journal',
  plan: 'report',
  recommandation: 'report',
  outil: 'webpage',
  'texte-de-reference': 'report',
};

/** The style and language of the formatted citations: APA with the French CSL locale. */
export const CITATION_STYLE = { template: 'apa', lang: 'fr-FR' } as const;

/**
 * The BibTeX key of a reference: its id with « _ » for « - », which citation-js refuses in a key
 * (ids never hold « _ », so the key leads back to the id).
 */
export function bibtexKey(id: string): string {
  return id.replaceAll('-', '_');
}

/**
 * A reference in CSL-JSON. Authors are kept as written (`literal`): the kit names institutions
 * as often as people, and splitting a name into family and given names would be a guess.
 */
export function cslItem(ref: Reference): CslItem {
  return {
    id: ref.id,
    'citation-key': bibtexKey(ref.id),
    type: CSL_TYPES[ref.type],
    title: ref.titre,
    author: ref.auteurs.map((name) => ({ literal: name })),
    ...(ref.annee !== undefined ? { issued: { 'date-parts': [[ref.annee]] } } : {}),
    ...(ref.editeur ? { publisher: ref.editeur } : {}),
    ...(ref.conteneur ? { 'container-title': ref.conteneur } : {}),
    ...(ref.url ? { URL: ref.url } : {}),
    language: ref.langue ?? 'fr',
  };
}

export interface BibliographyExports {
  bibtex: string;
  ris: string;
  /** CSL-JSON, the format citation styles are written for. */
  csl: string;
}

/** In the order of their ids: the files do not change when the content's order does. */
export function bibliographyExports(references: readonly Reference[]): BibliographyExports {
  const items = [...references].sort((a, b) => a.id.localeCompare(b.id)).map(cslItem);
  const cite = new Cite(items);
  return {
    bibtex: cite.format('bibtex'),
    ris: risText(cite, items),
    csl: `${JSON.stringify(items, null, 2)}\n`,
  };
}

type RisRecord = Record<string, string | number | (string | number)[]>;

/**
 * RIS from citation-js's records, one tag per line. The library's own text output cuts long
 * values every 70 characters and reads the pieces back joined by a space (« facil e »), and keeps
 * only 20 characters of an id: the records are written here whole, with the full id.
 */
function risText(cite: Cite, items: CslItem[]): string {
  const records = cite.format('ris', { format: 'object' }) as unknown as RisRecord[];
  return records
    .map((record, index) => {
      const { TY, ...tags }: RisRecord = { ...record, ID: items[index]!.id };
      const lines = Object.entries(tags).flatMap(([tag, value]) => [value].flat().map((v) => `${tag}  - ${String(v)}`));
      return [`TY  - ${String(TY)}`, ...lines, 'ER  - '].join('\r\n');
    })
    .join('\r\n')
    .concat('\r\n');
}

/** Each reference as one formatted citation, plain text, by reference id. */
export function formattedCitations(references: readonly Reference[]): Map<string, string> {
  // One engine for the whole list: starting the CSL processor is what costs time.
  const entries = new Cite(references.map(cslItem)).format('bibliography', { format: 'text', ...CITATION_STYLE, asEntryArray: true }) as unknown as [string, string][];
  return new Map(entries.map(([id, text]) => [id, text.trim()]));
}
