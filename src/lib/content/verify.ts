import { z } from 'zod';
import { ID_PATTERN } from '../../schemas/index.ts';
import { COLLECTION_SCHEMAS as schemas } from './collection-schemas.ts';
import { checkKit } from './check-kit.ts';
import type { CollectionName, Locate, MdxEntry, RawKit } from './kit-types.ts';
import { parseMdxSource } from './mdx-source.ts';
import { readMdx, type ComponentUse, type SiteLink, type TreeHeading } from './mdx-tree.ts';
import { compareWithBuildReading } from './header-agreement.ts';
import { findInvisibleControls } from './text-safety.ts';
import type { Problem } from './problems.ts';
import { validate } from './schema-problems.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';
import { CONTENT_FILES } from './files.ts';
import { checkSiteLinks } from './links.ts';
import { checkEditorialRules } from './editorial-rules.ts';
import { findPlaceholders } from './placeholders.ts';
import { checkSynonymsFile } from './synonyms-check.ts';
import { SYNONYMS_FILE } from '../../schemas/synonymes.ts';

export interface SourceFile {
  /** Path from the repository root, forward slashes: `content/fiches/01-x.mdx`. */
  path: string;
  text: string;
  /** A symbolic link: never followed, since it could lead outside `content/`. */
  symlink?: boolean;
}

export interface VerifyOptions {
  /**
   * `false` leaves out the editorial rules (lengths, coverage): the verifier's test fixtures are
   * miniature kits, each made to show one class of structural error.
   */
  editorial?: boolean;
}

export interface VerifyResult {
  problems: Problem[];
  raw: RawKit;
}

type ListCollection = 'phases' | 'obstacles' | 'references' | 'glossaire' | 'videos' | 'nouveautes';
const listFile = (collection: ListCollection): [string, { collection: ListCollection; schema: z.ZodType }] => [CONTENT_FILES[collection], { collection, schema: schemas[collection] }];
const LIST_FILES: Record<string, { collection: ListCollection; schema: z.ZodType }> = Object.fromEntries(
  (['phases', 'obstacles', 'references', 'glossaire', 'videos', 'nouveautes'] as const).map(listFile),
);

/** Files that live beside the content without being content: notes, the content licence. */
const IGNORED_FILE = /(^|\/)(README\.md|LICENSE(\.md|\.txt)?|\.gitkeep)$/;

const FICHE_FILE = /^content\/fiches\/(\d{2})-([^/]+)\.mdx$/;
const OUTIL_FILE = /^content\/outils\/([^/]+)\.mdx$/;
const EXPERIENCE_FILE = /^content\/experiences\/([^/]+)\.mdx$/;
const QUESTIONNAIRE_FILE = /^content\/autoevaluations\/([^/]+)\.yaml$/;
const PARCOURS_FILE = /^content\/parcours\/([^/]+)\.yaml$/;

/**
 * Checks the whole kit from its source files, without compiling or running any of them,
 * and reports every problem at once.
 */
export function verifyContent(files: SourceFile[], { editorial = true }: VerifyOptions = {}): VerifyResult {
  const problems: Problem[] = [];
  const raw: RawKit = { phases: [], fiches: [], obstacles: [], outils: [], references: [], glossaire: [], experiences: [], autoevaluations: [], videos: [], nouveautes: [], parcours: [] };
  // Every entry's source, in reading order: several when an id is (wrongly) used twice.
  const sources = new Map<string, { file: string; source: YamlSource; basePath: (string | number)[] }[]>();
  const register = (collection: CollectionName, id: string, file: string, source: YamlSource, basePath: (string | number)[] = []) => {
    const list = sources.get(key(collection, id)) ?? [];
    list.push({ file, source, basePath });
    sources.set(key(collection, id), list);
  };
  const components = new Map<string, ComponentUse[]>();
  const siteLinks: { file: string; links: SiteLink[] }[] = [];
  const knownIds: Partial<Record<CollectionName, string[]>> = {};
  const know = (collection: CollectionName, id: unknown) => {
    if (typeof id === 'string') (knownIds[collection] ??= []).push(id);
  };
  const unreadable = new Set<CollectionName>();
  const key = (collection: CollectionName, id: string) => `${collection}:${id}`;

  for (const { path, text, symlink } of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    if (symlink) {
      problems.push({ file: path, message: 'lien symbolique refusé : déposez le fichier lui-même dans content/' });
      continue;
    }
    if (path.startsWith('content/') && !IGNORED_FILE.test(path)) {
      problems.push(...findPlaceholders(path, text));
      problems.push(...findInvisibleControls(text).map((found) => ({ file: path, ...found })));
    }
    if (path === SYNONYMS_FILE) {
      problems.push(...checkSynonymsFile(path, text));
      continue;
    }
    const list = LIST_FILES[path];
    if (list) {
      const source = parseYamlSource(text);
      if (reportSyntax(path, source, problems)) {
        unreadable.add(list.collection);
        continue;
      }
      if (!Array.isArray(source.data)) {
        unreadable.add(list.collection);
        problems.push({ file: path, line: 1, message: 'ce fichier doit contenir une liste d\'entrées (chaque entrée commence par « - id: … »)' });
        continue;
      }
      source.data.forEach((item: unknown, index: number) => {
        const result = validate(list.schema, item, { file: path, source, basePath: [index] });
        if (!result.ok) {
          know(list.collection, (item as { id?: unknown } | null)?.id);
          problems.push(...result.problems);
          return;
        }
        const value = result.value as { id: string };
        (raw[list.collection] as unknown[]).push(value);
        register(list.collection, value.id, path, source, [index]);
      });
      continue;
    }

    // One YAML document per file, its id repeating the file name: questionnaires and parcours.
    const questionnaire = path.match(QUESTIONNAIRE_FILE);
    const parcours = path.match(PARCOURS_FILE);
    const single = questionnaire
      ? { name: questionnaire[1]!, collection: 'autoevaluations' as const, schema: schemas.autoevaluations }
      : parcours
        ? { name: parcours[1]!, collection: 'parcours' as const, schema: schemas.parcours }
        : undefined;
    if (single) {
      const source = parseYamlSource(text);
      if (reportSyntax(path, source, problems)) continue;
      const result = validate(single.schema, source.data, { file: path, source });
      if (!result.ok) {
        know(single.collection, (source.data as { id?: unknown } | null)?.id);
        problems.push(...result.problems);
        continue;
      }
      const value = result.value as { id: string };
      if (value.id !== single.name) {
        problems.push({ file: path, line: source.lineOf(['id']), message: `l'identifiant « ${value.id} » doit reprendre le nom du fichier (« ${single.name} »)` });
      }
      (raw[single.collection] as unknown[]).push(value);
      register(single.collection, value.id, path, source);
      continue;
    }

    const fiche = path.match(FICHE_FILE);
    const outil = path.match(OUTIL_FILE);
    const experience = path.match(EXPERIENCE_FILE);
    if (!fiche && !outil && !experience) {
      if (path.startsWith('content/') && !IGNORED_FILE.test(path)) {
        problems.push({ file: path, message: unexpectedFileMessage(path) });
      }
      continue;
    }
    const id = (fiche?.[2] ?? outil?.[1] ?? experience?.[1])!;
    if (!ID_PATTERN.test(id)) {
      problems.push({ file: path, message: `nom de fichier invalide : « ${id} » doit être en minuscules sans accent, avec des tirets (ex. animer-une-reunion)` });
      continue;
    }
    know(fiche ? 'fiches' : outil ? 'outils' : 'experiences', id);
    // The body is judged even when the header is broken: every problem of the file at once.
    const reading = readMdx(text);
    problems.push(...reading.findings.map((f) => ({ file: path, line: f.line, message: f.message })));
    components.set(path, reading.components);
    siteLinks.push({ file: path, links: reading.siteLinks });
    const mdx = parseMdxSource(text);
    if (mdx.tomlHeader) {
      problems.push({ file: path, line: 1, message: 'en-tête entre lignes « +++ » (TOML) : le kit lit un en-tête YAML entre deux lignes « --- »' });
      continue;
    }
    if (!mdx.hasFrontmatter) {
      problems.push({ file: path, line: 1, message: 'en-tête manquant : le fichier doit commencer par une ligne « --- », les champs, puis une autre ligne « --- »' });
      continue;
    }
    if (reportSyntax(path, mdx.frontmatter, problems)) continue;
    const agreement = compareWithBuildReading(text, mdx.frontmatter.data);
    if (!agreement.same) {
      problems.push({
        file: path,
        line: mdx.frontmatter.lineOf(agreement.path),
        message: `l'en-tête n'est pas lu de la même façon par la construction${agreement.path.length ? ` (champ « ${agreement.path.join('.')} »)` : ''} : mettez entre guillemets les valeurs qui ressemblent à une date, à un nombre ou qui contiennent « : », et n'utilisez ni « << » ni étiquette « ! »`,
      });
      continue;
    }
    const headings: TreeHeading[] | undefined = reading.parsed ? reading.headings : undefined;
    const where = { file: path, source: mdx.frontmatter };
    const entry = <T>(data: T): MdxEntry<T> => ({ id, file: path, data, body: mdx.body, bodyLine: mdx.bodyLine, ...(headings ? { headings } : {}) });

    if (fiche) {
      const result = validate(schemas.fiches, mdx.frontmatter.data, where);
      if (!result.ok) {
        problems.push(...result.problems);
        continue;
      }
      if (Number(fiche[1]) !== result.value.numero) {
        problems.push({ file: path, line: mdx.frontmatter.lineOf(['numero']), message: `le numéro ${result.value.numero} ne correspond pas au préfixe du fichier (« ${fiche[1]}- ») : renommez le fichier ou corrigez le numéro` });
      }
      raw.fiches.push(entry(result.value));
      register('fiches', id, path, mdx.frontmatter);
    } else if (outil) {
      const result = validate(schemas.outils, mdx.frontmatter.data, where);
      if (!result.ok) {
        problems.push(...result.problems);
        continue;
      }
      raw.outils.push(entry(result.value));
      register('outils', id, path, mdx.frontmatter);
    } else {
      const result = validate(schemas.experiences, mdx.frontmatter.data, where);
      if (!result.ok) {
        problems.push(...result.problems);
        continue;
      }
      raw.experiences.push(entry(result.value));
      register('experiences', id, path, mdx.frontmatter);
    }
  }

  for (const [path, label] of Object.entries({ 'content/phases.yaml': 'phases', 'content/obstacles.yaml': 'obstacles', 'content/bibliographie.yaml': 'bibliographie', 'content/glossaire.yaml': 'glossaire' })) {
    if (!files.some((f) => f.path === path)) {
      problems.push({ file: path, message: `fichier manquant : le kit a besoin de ${path} (${label})` });
      unreadable.add(LIST_FILES[path]!.collection);
    }
  }

  const locate: Locate = (collection, id, path, occurrence = 0) => {
    const found = sources.get(key(collection, id))?.[occurrence];
    if (!found) return { file: CONTENT_FILES[collection] };
    // An MDX entry's id is its file name: the file itself is the place to change.
    if (path.length === 1 && path[0] === 'id' && found.basePath.length === 0 && collection !== 'autoevaluations' && collection !== 'parcours') return { file: found.file };
    return { file: found.file, line: found.source.lineOf([...found.basePath, ...path]) };
  };
  problems.push(...checkKit(raw, locate, components, { knownIds, unreadable }));
  for (const { file, links } of siteLinks) problems.push(...checkSiteLinks(file, links, raw));
  if (editorial) problems.push(...checkEditorialRules({ raw, locate, components }, { complete: problems.length === 0 }));
  return { problems, raw };
}

function reportSyntax(file: string, source: YamlSource, problems: Problem[]): boolean {
  for (const error of source.errors) problems.push({ file, line: error.line, message: error.message });
  return source.errors.length > 0;
}

function unexpectedFileMessage(path: string): string {
  if (/^content\/fiches\//.test(path)) return 'fichier de fiche mal nommé : attendu content/fiches/NN-identifiant.mdx (ex. 07-animer-une-reunion.mdx)';
  if (/\.md$/.test(path)) return 'extension .md : les contenus du kit s\'écrivent en .mdx';
  return 'fichier inattendu dans content/ : il ne correspond à aucune collection du kit';
}
