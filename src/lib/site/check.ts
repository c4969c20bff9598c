/**
 * The last word of `npm run build` on what it wrote: a build whose links lead nowhere, whose
 * PDFs are missing or whose kit.json does not match its schema must fail, not warn, because
 * the pages, the PDFs and the open data are published together.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describePath } from '../content/schema-problems.ts';
import type { Problem } from '../content/problems.ts';
import { routes } from '../routes.ts';
import { kitJsonSchema, type KitJson } from '../../schemas/kit-json.ts';
import { findBrokenLinks } from './links.ts';

export const KIT_JSON_FILE = 'donnees/kit.json';
/** Where the search index lives in a build; its entry file says which languages it holds. */
export const SEARCH_INDEX_DIR = 'pagefind';
const SEARCH_ENTRY_FILE = `${SEARCH_INDEX_DIR}/pagefind-entry.json`;

export type KitJsonRead = { ok: true; kit: KitJson } | { ok: false; problems: Problem[] };

/** The built kit.json, validated against the schema it is published with. */
export function readKitJson(root: string): KitJsonRead {
  const file = join(root, KIT_JSON_FILE);
  const problem = (message: string): KitJsonRead => ({ ok: false, problems: [{ file: KIT_JSON_FILE, message }] });
  if (!existsSync(file)) return problem("fichier absent : la page src/pages/donnees/kit.json.ts n'a rien produit");
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return problem(`JSON illisible (${(error as Error).message})`);
  }
  const result = kitJsonSchema.safeParse(data);
  if (result.success) return { ok: true, kit: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      file: KIT_JSON_FILE,
      message: `champ « ${describePath(issue.path) || 'document'} » : ${issue.message} (attendu par kit.schema.json)`,
    })),
  };
}

/** Site paths (without base) of the PDFs a build with PDFs must hold, read from its kit.json. */
export function expectedPdfs(kit: KitJson): string[] {
  return [...kit.fiches.map((f) => routes.pdfFiche(f.id)), ...kit.outils.map((o) => routes.pdfOutil(o.id)), ...kit.parcours.map((p) => routes.pdfParcours(p.id)), routes.pdfKit()];
}

/** Site paths (without base) of the editable documents (ODT, DOCX) every build must hold: one of each per PDF it would make. */
export function expectedEditableDocuments(kit: KitJson): string[] {
  return expectedPdfs(kit).flatMap((pdf) => [routes.editable(pdf, 'odt'), routes.editable(pdf, 'docx')]);
}

export interface SiteCheckOptions {
  /** The build folder. */
  root: string;
  /** Astro's `base`, with its trailing slash. */
  base: string;
  /** Whether the build made PDFs (`PDF=0` makes none and shows no link to one). */
  pdf: boolean;
}

export interface SiteCheckResult {
  problems: Problem[];
  links: number;
  pdfs: number;
  editable: number;
}

export function checkSite({ root, base, pdf }: SiteCheckOptions): SiteCheckResult {
  const problems: Problem[] = [];
  const kitJson = readKitJson(root);
  if (!kitJson.ok) problems.push(...kitJson.problems);

  const pdfs = pdf && kitJson.ok ? expectedPdfs(kitJson.kit) : [];
  for (const path of pdfs) {
    if (!existsSync(join(root, path))) problems.push({ file: path.slice(1), message: 'PDF attendu absent : la construction des PDF ne l’a pas produit' });
  }

  const editable = kitJson.ok ? expectedEditableDocuments(kitJson.kit) : [];
  for (const path of editable) {
    if (!existsSync(join(root, path))) problems.push({ file: path.slice(1), message: 'document modifiable (ODT ou DOCX) attendu absent : l’étape « office » ne l’a pas produit' });
  }

  problems.push(...searchIndexProblems(root));

  const { broken, checked } = findBrokenLinks(root, base);
  for (const link of broken) {
    problems.push({ file: link.from, message: `lien cassé vers « ${link.target} » : aucun fichier de la construction ne correspond (ou l'ancre n'existe pas sur la page visée)` });
  }
  return { problems, links: checked, pdfs: pdfs.length, editable: editable.length };
}

/** The search page loads the index from script, so no link points to it: check its entry file here. */
function searchIndexProblems(root: string): Problem[] {
  const file = join(root, SEARCH_ENTRY_FILE);
  const problem = (message: string): Problem[] => [{ file: SEARCH_ENTRY_FILE, message }];
  if (!existsSync(file)) return problem("index de recherche absent : l'étape pagefind ne l'a pas écrit");
  try {
    const entry = JSON.parse(readFileSync(file, 'utf8')) as { languages?: Record<string, unknown> };
    if (!entry.languages?.fr) return problem("l'index de recherche ne contient pas le français (« languages.fr » attendu)");
  } catch {
    return problem("index de recherche illisible (JSON incomplet) : relancez la construction");
  }
  return [];
}
