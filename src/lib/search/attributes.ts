import { CONTENT_TYPES, FILTERS, type ContentType } from './vocabulary.ts';

/** What a page tells the search index about itself. */
export interface SearchEntry {
  type: ContentType;
  phases?: { id: string; titre: string }[];
  numero?: number;
  obstacles?: string[];
}

/** [name, value] pairs for `data-pagefind-filter` and `data-pagefind-meta` elements. */
export function searchAttributes(entry: SearchEntry): { filters: [string, string][]; meta: [string, string][] } {
  const filters: [string, string][] = [
    [FILTERS.type, CONTENT_TYPES[entry.type]],
    ...(entry.phases ?? []).map((phase): [string, string] => [FILTERS.phase, phase.titre]),
    ...(entry.obstacles ?? []).map((label): [string, string] => [FILTERS.obstacle, label]),
  ];
  const single = entry.phases?.length === 1 ? entry.phases[0] : undefined;
  const meta: [string, string][] = [
    ['type', CONTENT_TYPES[entry.type]],
    ...(single ? ([['phase', single.titre], ['phase_id', single.id]] as [string, string][]) : []),
    ...(entry.numero !== undefined ? ([['numero', String(entry.numero)]] as [string, string][]) : []),
  ];
  return { filters, meta };
}
