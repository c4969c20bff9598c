import { CONTENT_TYPES, FILTERS } from './vocabulary.ts';

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
interface ReferenceData {
  id: string;
  titre: string;
  auteurs: string[];
  annee?: number;
  apport: string;
}

/**
 * Glossary terms and references live together on one page each, but people look for one of them:
 * each becomes its own search record, pointing to its anchor.
 */
export function glossaryRecords(terms: TermData[], pagePath: (id: string) => string): SearchRecord[] {
  return terms.map((term) => ({
    url: pagePath(term.id),
    content: `${term.terme}. ${term.definition}`,
    language: 'fr',
    meta: { title: term.terme, type: CONTENT_TYPES.terme },
    filters: { [FILTERS.type]: [CONTENT_TYPES.terme] },
  }));
}

export function referenceRecords(references: ReferenceData[], pagePath: (id: string) => string): SearchRecord[] {
  return references.map((ref) => ({
    url: pagePath(ref.id),
    content: `${ref.titre}. ${ref.auteurs.join(', ')}${ref.annee ? `, ${ref.annee}` : ''}. ${ref.apport}`,
    language: 'fr',
    meta: { title: ref.titre, type: CONTENT_TYPES.reference },
    filters: { [FILTERS.type]: [CONTENT_TYPES.reference] },
  }));
}
