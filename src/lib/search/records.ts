import { CONTENT_TYPES, FILTERS, type ContentType } from './vocabulary.ts';

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

interface TermData {
  id: string;
  terme: string;
  definition: string;
}
interface VideoData {
  id: string;
  titre: string;
  realisation: string[];
  annee?: number;
  description: string;
}
interface ReferenceData {
  id: string;
  titre: string;
  auteurs: string[];
  annee?: number;
  apport: string;
}

/** An entry that lives beside others on one page, found on its own through its anchor. */
function anchoredRecords<T extends { id: string }>(
  items: T[],
  pagePath: (id: string) => string,
  type: ContentType,
  title: (item: T) => string,
  content: (item: T) => string,
): SearchRecord[] {
  return items.map((item) => ({
    url: pagePath(item.id),
    content: content(item),
    language: 'fr',
    meta: { title: title(item), type: CONTENT_TYPES[type] },
    filters: { [FILTERS.type]: [CONTENT_TYPES[type]] },
  }));
}

const byline = (names: string[], annee?: number) => `${names.join(', ')}${annee ? `, ${annee}` : ''}`;

/**
 * Glossary terms, references and films live together on one page each, but people look for one
 * of them: each becomes its own search record, pointing to its anchor.
 */
export function glossaryRecords(terms: TermData[], pagePath: (id: string) => string): SearchRecord[] {
  return anchoredRecords(terms, pagePath, 'terme', (t) => t.terme, (t) => `${t.terme}. ${t.definition}`);
}

export function referenceRecords(references: ReferenceData[], pagePath: (id: string) => string): SearchRecord[] {
  return anchoredRecords(references, pagePath, 'reference', (r) => r.titre, (r) => `${r.titre}. ${byline(r.auteurs, r.annee)}. ${r.apport}`);
}

/** Films are found under the type « Vidéo ». */
export function videoRecords(videos: VideoData[], pagePath: (id: string) => string): SearchRecord[] {
  return anchoredRecords(videos, pagePath, 'video', (v) => v.titre, (v) => `${v.titre}. ${byline(v.realisation, v.annee)}. ${v.description}`);
}
