import * as pagefind from 'pagefind';
import { join } from 'node:path';

/**
 * Indexes the built pages with Pagefind, in French. Only what a page marks with
 * `data-pagefind-body` is indexed (main content, not menus).
 */
export async function buildSearchIndex(outDir: string): Promise<string> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
  if (!index) throw new Error(`Pagefind n'a pas pu démarrer : ${errors.join(' ; ')}`);
  const added = await index.addDirectory({ path: outDir });
  if (added.errors.length) throw new Error(`Indexation impossible : ${added.errors.join(' ; ')}`);
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  if (written.errors.length) throw new Error(`Écriture de l'index impossible : ${written.errors.join(' ; ')}`);
  await pagefind.close();
  return `${added.page_count} pages indexées`;
}
