/**
 * The documents a reader can save for offline reading, as the page « Lire hors ligne » reads them
 * from the build's list: validated (a cut or forged file lists nothing), then summed.
 */
import type { SavedDocument } from './service-worker.ts';

/** The documents of DOCUMENTS_FILE that are well formed and belong to this site (start with its base). */
export function parseDocuments(data: unknown, base: string): SavedDocument[] {
  const list = (data as { documents?: unknown } | null)?.documents;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (item): item is SavedDocument =>
      typeof item === 'object' &&
      item !== null &&
      typeof item.url === 'string' &&
      item.url.startsWith(base) &&
      !item.url.startsWith('//') &&
      Number.isSafeInteger(item.bytes) &&
      item.bytes >= 0,
  );
}

export function totalBytes(documents: readonly SavedDocument[]): number {
  return documents.reduce((sum, document) => sum + document.bytes, 0);
}

/** What « Tout enregistrer » fetches: the documents not saved yet, or all of them again to refresh. */
export function documentsToSave(documents: readonly SavedDocument[], saved: ReadonlySet<string>): SavedDocument[] {
  const missing = documents.filter((document) => !saved.has(document.url));
  return missing.length ? missing : [...documents];
}
