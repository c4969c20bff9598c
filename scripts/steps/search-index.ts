import * as pagefind from 'pagefind';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { SEARCH_INDEX_DIR } from '../../src/lib/site/check.ts';
import { routes } from '../../src/lib/routes.ts';
import { glossaryRecords, referenceRecords, videoRecords } from '../../src/lib/search/records.ts';
import type { KitJson } from '../../src/schemas/kit-json.ts';
import { z } from 'zod';
import { gunzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { readYamlData } from '../../src/lib/content/yaml-source.ts';
import { SYNONYMS_FILE, synonymGroupSchema } from '../../src/schemas/synonymes.ts';
import { LEXICON_FILE, buildLexicon } from '../../src/lib/search/lexicon.ts';
import { FILTER_MEMBERS_FILE, buildFilterMembers } from '../../src/lib/search/filter-groups.ts';

/**
 * Indexes the built pages with Pagefind, in French. Only what a page marks with
 * `data-pagefind-body` is indexed (its main content, not menus); glossary terms, references and
 * films are added one by one, each pointing to its anchor.
 */
export async function buildSearchIndex(outDir: string): Promise<string> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
  if (!index) throw new Error(`Pagefind n'a pas pu démarrer : ${errors.join(' ; ')}`);
  const added = await index.addDirectory({ path: outDir });
  if (added.errors.length) throw new Error(`Indexation impossible : ${added.errors.join(' ; ')}`);

  const kit = JSON.parse(readFileSync(join(outDir, 'donnees', 'kit.json'), 'utf8')) as KitJson;
  const records = [
    ...glossaryRecords(kit.glossaire, routes.terme),
    ...referenceRecords(kit.references, routes.reference),
    ...videoRecords(kit.videos, routes.video),
  ];
  for (const record of records) {
    const result = await index.addCustomRecord(record);
    if (result.errors.length) throw new Error(`Indexation de ${record.url} impossible : ${result.errors.join(' ; ')}`);
  }

  // The files are taken from Pagefind and written here rather than by `writeFiles`: closing
  // Pagefind right after `writeFiles` has left a truncated pagefind-entry.json behind on a
  // loaded machine; a file written by this process is whole once writeFileSync returns.
  const built = await index.getFiles();
  if (built.errors.length) throw new Error(`Écriture de l'index impossible : ${built.errors.join(' ; ')}`);
  await pagefind.close();
  const target = join(outDir, SEARCH_INDEX_DIR);
  rmSync(target, { recursive: true, force: true });
  for (const file of built.files) {
    const path = join(target, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
  const pages = indexedPages(built.files);
  const lexicon = buildLexicon(readSynonyms(), kit.glossaire, pages.map((page) => page.text));
  writeFileSync(join(target, LEXICON_FILE), JSON.stringify(lexicon));
  writeFileSync(join(target, FILTER_MEMBERS_FILE), JSON.stringify(buildFilterMembers(pages)));
  return `${added.page_count} pages et ${records.length} termes, références ou films indexés, ${lexicon.groups.length} groupes de synonymes, ${lexicon.words.length} mots pour les fautes de frappe`;
}

/** The synonyms, read by the verifier's reader; the verifier has already judged the file. */
function readSynonyms(): { mots: string[] }[] {
  if (!existsSync(SYNONYMS_FILE)) return [];
  return z.array(synonymGroupSchema).parse(readYamlData(readFileSync(SYNONYMS_FILE, 'utf8'), SYNONYMS_FILE));
}

/**
 * What Pagefind indexed, page by page: its fragments are gzip files holding « pagefind_dcd » then
 * JSON; a page's id in the search results is its fragment's name.
 */
function indexedPages(files: { path: string; content: Uint8Array }[]): { id: string; text: string; filters: Record<string, string[]> }[] {
  return files
    .filter((file) => file.path.startsWith('fragment/'))
    .map((file) => {
      const text = gunzipSync(file.content).toString('utf8');
      const fragment = JSON.parse(text.slice(text.indexOf('{'))) as { content?: string; meta?: { title?: string }; filters?: Record<string, string[]> };
      return {
        id: basename(file.path).replace(/\.pf_fragment$/, ''),
        text: `${fragment.meta?.title ?? ''} ${fragment.content ?? ''}`,
        filters: fragment.filters ?? {},
      };
    });
}
