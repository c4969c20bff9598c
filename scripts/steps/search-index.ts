import * as pagefind from 'pagefind';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { routes } from '../../src/lib/routes.ts';
import { glossaryRecords, referenceRecords } from '../../src/lib/search/records.ts';
import type { KitJson } from '../../src/schemas/kit-json.ts';

/**
 * Indexes the built pages with Pagefind, in French. Only what a page marks with
 * `data-pagefind-body` is indexed (its main content, not menus); glossary terms and references
 * are added one by one, each pointing to its anchor.
 */
export async function buildSearchIndex(outDir: string): Promise<string> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
  if (!index) throw new Error(`Pagefind n'a pas pu démarrer : ${errors.join(' ; ')}`);
  const added = await index.addDirectory({ path: outDir });
  if (added.errors.length) throw new Error(`Indexation impossible : ${added.errors.join(' ; ')}`);

  const kit = JSON.parse(readFileSync(join(outDir, 'donnees', 'kit.json'), 'utf8')) as KitJson;
  const records = [...glossaryRecords(kit.glossaire, routes.terme), ...referenceRecords(kit.references, routes.reference)];
  for (const record of records) {
    const result = await index.addCustomRecord(record);
    if (result.errors.length) throw new Error(`Indexation de ${record.url} impossible : ${result.errors.join(' ; ')}`);
  }

  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  if (written.errors.length) throw new Error(`Écriture de l'index impossible : ${written.errors.join(' ; ')}`);
  await pagefind.close();
  return `${added.page_count} pages et ${records.length} termes ou références indexés`;
}
