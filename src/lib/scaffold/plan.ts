/**
 * What `npm run nouveau` will write, decided without touching the disk: the file, its text,
 * or a French refusal. The script only carries out a plan that is `ok`.
 */
import { parse } from 'yaml';
import { EXPERIENCE_ECHELLES, EXPERIENCE_RUBRIQUES, ID_PATTERN, OBSTACLE_FAMILIES, OUTIL_TYPES, PHASE_IDS, REFERENCE_TYPES } from '../../schemas/index.ts';
import type { SourceFile } from '../content/verify.ts';
import { slugify } from './slug.ts';
import { experienceTemplate, ficheTemplate, obstacleEntry, outilTemplate, referenceEntry } from './templates.ts';

export const SCAFFOLD_KINDS = ['fiche', 'outil', 'experience', 'reference', 'obstacle'] as const;
export type ScaffoldKind = (typeof SCAFFOLD_KINDS)[number];

export interface ScaffoldOptions {
  titre?: string;
  id?: string;
  phase?: string;
  type?: string;
  rubrique?: string;
  echelle?: string;
  famille?: string;
}

export type ScaffoldPlan =
  | { ok: true; kind: ScaffoldKind; id: string; path: string; mode: 'create' | 'append'; text: string }
  | { ok: false; message: string };


/** The options each kind understands, with the values each may take (undefined: free text). */
const ACCEPTS: Record<ScaffoldKind, Partial<Record<keyof ScaffoldOptions, readonly string[] | undefined>>> = {
  fiche: { titre: undefined, id: undefined, phase: PHASE_IDS },
  outil: { titre: undefined, id: undefined, phase: PHASE_IDS, type: OUTIL_TYPES },
  experience: { titre: undefined, id: undefined, rubrique: EXPERIENCE_RUBRIQUES, echelle: EXPERIENCE_ECHELLES },
  reference: { titre: undefined, id: undefined, type: REFERENCE_TYPES },
  obstacle: { titre: undefined, id: undefined, famille: OBSTACLE_FAMILIES },
};

const LABEL: Record<ScaffoldKind, string> = {
  fiche: 'une fiche',
  outil: 'un outil',
  experience: "un retour d'expérience",
  reference: 'une référence',
  obstacle: 'un frein',
};

export const USAGE = `Utilisation : npm run nouveau -- <type> --titre "Le titre" [options]
  fiche       --phase amont|pendant|apres (obligatoire)
  outil       [--type ${ACCEPTS.outil.type!.join('|')}] [--phase …]
  experience  [--rubrique ${EXPERIENCE_RUBRIQUES.join('|')}] [--echelle ${EXPERIENCE_ECHELLES.join('|')}]
  reference   [--type ${REFERENCE_TYPES.join('|')}]
  obstacle    [--famille ${OBSTACLE_FAMILIES.join('|')}]
  Pour tous : --id mon-identifiant remplace l'identifiant tiré du titre.`;

/** How to name an option in a sentence, with the ending « inconnu » takes after it. */
const OPTION_NAMES: Partial<Record<keyof ScaffoldOptions, [string, '' | 'e']>> = {
  phase: ['phase', 'e'],
  type: ['type', ''],
  rubrique: ['rubrique', 'e'],
  echelle: ['échelle', 'e'],
  famille: ['famille', 'e'],
};

const refuse = (message: string): ScaffoldPlan => ({ ok: false, message });
const quoteList = (values: readonly string[]) => values.map((v) => `« ${v} »`).join(', ');

/** Fiche numbers in use, read from the file names (`07-…mdx`). */
export function nextFicheNumber(files: readonly SourceFile[]): number {
  const numbers = files.map((f) => f.path.match(/^content\/fiches\/(\d+)-[^/]+\.mdx$/)?.[1]).filter(Boolean).map(Number);
  return numbers.length ? Math.max(...numbers) + 1 : 1;
}

function listIds(file: SourceFile | undefined): string[] | Error {
  if (!file) return [];
  try {
    const data = parse(file.text) as unknown;
    if (!Array.isArray(data)) return new Error('not a list');
    return data.map((entry) => (entry as { id?: unknown })?.id).filter((id): id is string => typeof id === 'string');
  } catch (error) {
    return error as Error;
  }
}

/** The whole file after adding an entry: a blank line between entries, as the kit writes them. */
function appendEntry(existing: string, entry: string): string {
  if (!existing.trim()) return entry;
  return `${existing.replace(/\s*$/, '')}\n\n${entry}`;
}

export function planScaffold(kind: string, options: ScaffoldOptions, files: readonly SourceFile[]): ScaffoldPlan {
  if (!(SCAFFOLD_KINDS as readonly string[]).includes(kind)) {
    return refuse(`type « ${kind || '(aucun)'} » inconnu : choisissez ${quoteList(SCAFFOLD_KINDS)}.\n${USAGE}`);
  }
  const k = kind as ScaffoldKind;
  const accepted = ACCEPTS[k];
  for (const [option, value] of Object.entries(options) as [keyof ScaffoldOptions, string | undefined][]) {
    if (value === undefined) continue;
    if (!(option in accepted)) return refuse(`l'option --${option} ne s'applique pas à ${LABEL[k]}.\n${USAGE}`);
    const allowed = accepted[option];
    if (allowed && !allowed.includes(value)) {
      const [name, agreement] = OPTION_NAMES[option] ?? [option, 'e'];
      return refuse(`${name} « ${value} » inconnu${agreement} : choisissez ${quoteList(allowed)}.`);
    }
  }
  const titre = options.titre?.replace(/\s+/g, ' ').trim();
  if (!titre) return refuse(`il manque le titre : ajoutez --titre "…", par exemple npm run nouveau -- ${k} --titre "Mon titre"${k === 'fiche' ? ' --phase amont' : ''}.`);
  if (titre.length < 5) return refuse(`titre « ${titre} » trop court : au moins 5 caractères.`);
  if (k === 'fiche' && !options.phase) return refuse(`il manque la phase de la fiche : ajoutez --phase suivi de ${quoteList(PHASE_IDS)}.`);

  const id = options.id ?? slugify(titre);
  if (!ID_PATTERN.test(id)) {
    return refuse(
      options.id
        ? `identifiant « ${id} » invalide : lettres minuscules sans accent, chiffres et tirets (ex. « charte-locale »).`
        : `le titre ne donne pas d'identifiant utilisable : ajoutez --id mon-identifiant.`,
    );
  }
  const exists = (path: string) => files.some((f) => f.path === path);

  switch (k) {
    case 'fiche': {
      const taken = files.find((f) => new RegExp(`^content/fiches/\\d+-${id}\\.mdx$`).test(f.path));
      if (taken) return refuse(`une fiche porte déjà l'identifiant « ${id} » : ${taken.path}. Choisissez un autre titre ou ajoutez --id.`);
      const numero = nextFicheNumber(files);
      if (numero > 99) return refuse('les numéros de fiche vont de 1 à 99 : il n\'en reste plus de libre.');
      const path = `content/fiches/${String(numero).padStart(2, '0')}-${id}.mdx`;
      return { ok: true, kind: k, id, path, mode: 'create', text: ficheTemplate({ numero, titre, phase: options.phase! }) };
    }
    case 'outil': {
      const path = `content/outils/${id}.mdx`;
      if (exists(path)) return refuse(`un outil porte déjà l'identifiant « ${id} » : ${path}. Choisissez un autre titre ou ajoutez --id.`);
      return { ok: true, kind: k, id, path, mode: 'create', text: outilTemplate({ titre, type: options.type, phase: options.phase }) };
    }
    case 'experience': {
      const path = `content/experiences/${id}.mdx`;
      if (exists(path)) return refuse(`un retour d'expérience porte déjà l'identifiant « ${id} » : ${path}. Choisissez un autre titre ou ajoutez --id.`);
      return { ok: true, kind: k, id, path, mode: 'create', text: experienceTemplate({ titre, rubrique: options.rubrique, echelle: options.echelle }) };
    }
    case 'reference':
    case 'obstacle': {
      const path = k === 'reference' ? 'content/bibliographie.yaml' : 'content/obstacles.yaml';
      const file = files.find((f) => f.path === path);
      const ids = listIds(file);
      if (ids instanceof Error) return refuse(`${path} est illisible : lancez npm run verifier pour le corriger avant d'ajouter ${LABEL[k]}.`);
      if (ids.includes(id)) return refuse(`${LABEL[k]} porte déjà l'identifiant « ${id} » dans ${path}. Choisissez un autre titre ou ajoutez --id.`);
      const entry = k === 'reference' ? referenceEntry({ id, titre, type: options.type }) : obstacleEntry({ id, titre, famille: options.famille });
      return { ok: true, kind: k, id, path, mode: 'append', text: appendEntry(file?.text ?? '', entry) };
    }
  }
}
