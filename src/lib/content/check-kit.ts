import { FICHE_RUBRICS, PARCOURS_TARGETS, type ParcoursTarget } from '../../schemas/index.ts';
import { extractHeadings, normalizeTitle } from './headings.ts';
import type { Problem } from './problems.ts';
import type { ComponentUse } from './mdx-tree.ts';
import { KIT_COMPONENTS, isKitComponent } from './mdx-components.ts';
import type { CollectionName, Locate, RawKit } from './kit-types.ts';
import { describePath } from './schema-problems.ts';
import { CONTENT_FILES as DEFAULT_FILES } from './files.ts';

const COLLECTION_LABEL: Record<CollectionName, string> = {
  phases: 'phase',
  fiches: 'fiche',
  obstacles: 'frein',
  outils: 'outil',
  references: 'référence bibliographique',
  glossaire: 'terme du glossaire',
  experiences: "retour d'expérience",
  autoevaluations: 'questionnaire',
  videos: 'vidéo',
  nouveautes: 'nouveauté',
  parcours: 'parcours',
};

/** « aucune fiche », « aucun outil »: French agreement for « nothing of this kind ». */
const NONE: Record<CollectionName, string> = {
  phases: 'aucune phase',
  fiches: 'aucune fiche',
  obstacles: 'aucun frein',
  outils: 'aucun outil',
  references: 'aucune référence',
  glossaire: 'aucun terme',
  experiences: "aucun retour d'expérience",
  autoevaluations: 'aucun questionnaire',
  videos: 'aucune vidéo',
  nouveautes: 'aucune nouveauté',
  parcours: 'aucun parcours',
};

/** Collections whose ids come from file names rather than an `id` field. */
const FROM_FILE_NAME = new Set<CollectionName>(['fiches', 'outils', 'experiences']);

/** Falls back on the entry's own file when no precise locator is given (build-time check). */
export function fileLocator(raw: RawKit): Locate {
  return (collection, id, _path, occurrence = 0) => {
    const list = raw[collection] as { id: string; file?: string }[];
    const entry = list.filter((item) => item.id === id)[occurrence];
    return { file: entry?.file ?? DEFAULT_FILES[collection] };
  };
}

export interface CheckContext {
  /** Ids known to exist although their entry has its own (already reported) error. */
  knownIds?: Partial<Record<CollectionName, string[]>>;
  /** Collections whose file could not be read: references into them are not judged. */
  unreadable?: Set<CollectionName>;
}

/**
 * Cross-collection checks that zod cannot see: unknown or duplicate ids, numeros, the four
 * rubrics in order, and ids used by components in bodies.
 */
export function checkKit(
  raw: RawKit,
  locate: Locate = fileLocator(raw),
  bodyComponents?: Map<string, ComponentUse[]>,
  context: CheckContext = {},
): Problem[] {
  const problems: Problem[] = [];
  const unreadable = context.unreadable ?? new Set<CollectionName>();
  const ids: Record<CollectionName, Set<string>> = {
    phases: new Set(raw.phases.map((p) => p.id)),
    fiches: new Set(raw.fiches.map((f) => f.id)),
    obstacles: new Set(raw.obstacles.map((o) => o.id)),
    outils: new Set(raw.outils.map((o) => o.id)),
    references: new Set(raw.references.map((r) => r.id)),
    glossaire: new Set(raw.glossaire.map((t) => t.id)),
    experiences: new Set(raw.experiences.map((e) => e.id)),
    autoevaluations: new Set(raw.autoevaluations.map((a) => a.id)),
    videos: new Set(raw.videos.map((v) => v.id)),
    nouveautes: new Set(raw.nouveautes.map((n) => n.id)),
    parcours: new Set(raw.parcours.map((p) => p.id)),
  };
  // One error per mistake: a fiche whose header is wrong still exists for the files that cite it.
  for (const [collection, known] of Object.entries(context.knownIds ?? {}) as [CollectionName, string[]][]) {
    for (const id of known) ids[collection].add(id);
  }

  // Duplicated ids inside one collection: the second (third…) entry is named, with where the
  // first one is, and every later message about it points to its own file and line.
  const occurrences = new Map<object, number>();
  for (const collection of Object.keys(ids) as CollectionName[]) {
    const seen = new Map<string, number>();
    for (const entry of raw[collection] as { id: string }[]) {
      const count = seen.get(entry.id) ?? 0;
      occurrences.set(entry, count);
      seen.set(entry.id, count + 1);
      if (count === 0) continue;
      const first = locate(collection, entry.id, ['id'], 0);
      const firstPlace = first.line ? `${first.file}:${first.line}` : first.file;
      const fix = FROM_FILE_NAME.has(collection) ? "renommez l'un des deux fichiers" : "changez l'un des deux";
      problems.push({
        ...locate(collection, entry.id, ['id'], count),
        message: `identifiant « ${entry.id} » déjà utilisé (${firstPlace}) : chaque ${COLLECTION_LABEL[collection]} doit avoir son propre identifiant, ${fix}`,
      });
    }
  }

  type Entry = { id: string };
  const report = (collection: CollectionName, entry: Entry, path: (string | number)[], message: string) => {
    problems.push({ ...locate(collection, entry.id, path, occurrences.get(entry) ?? 0), message });
  };

  const expect = (
    collection: CollectionName,
    entry: Entry,
    path: (string | number)[],
    target: CollectionName,
    value: string,
  ) => {
    if (!ids[target].has(value) && !unreadable.has(target)) {
      report(collection, entry, path, `champ « ${describePath(path)} » : ${NONE[target]} ne porte l'identifiant « ${value} » dans ${DEFAULT_FILES[target]}`);
    }
  };

  // Phases: the three, once each, numbered 1..3.
  for (const phase of ['amont', 'pendant', 'apres']) {
    if (!ids.phases.has(phase)) problems.push({ file: DEFAULT_FILES.phases, message: `la phase « ${phase} » manque` });
  }

  // A shared numero is reported on every fiche that carries it: the one just added is among them.
  const byNumero = Map.groupBy(raw.fiches, (fiche) => fiche.data.numero);
  for (const [numero, fiches] of byNumero) {
    if (fiches.length < 2) continue;
    for (const fiche of fiches) {
      const others = fiches.filter((f) => f !== fiche).map((f) => `« ${f.id} » (${f.file})`).join(', ');
      report('fiches', fiche, ['numero'], `numéro ${numero} déjà pris par la fiche ${others} : chaque fiche a un numéro unique`);
    }
  }
  for (const fiche of raw.fiches) {
    const { id, data } = fiche;
    expect('fiches', fiche, ['phase'], 'phases', data.phase);
    data.obstacles.forEach((v, i) => expect('fiches', fiche, ['obstacles', i], 'obstacles', v));
    data.outils.forEach((v, i) => expect('fiches', fiche, ['outils', i], 'outils', v));
    data.references.forEach((v, i) => expect('fiches', fiche, ['references', i], 'references', v));
    data.fichesLiees.forEach((v, i) => {
      if (v === id) report('fiches', fiche, ['fichesLiees', i], 'une fiche ne peut pas se citer elle-même dans fichesLiees');
      else expect('fiches', fiche, ['fichesLiees', i], 'fiches', v);
    });
    problems.push(...checkRubrics(fiche.file, fiche.body, fiche.bodyLine ?? 1, fiche.headings));
  }

  for (const obstacle of raw.obstacles) {
    obstacle.fiches.forEach((v, i) => expect('obstacles', obstacle, ['fiches', i], 'fiches', v));
    obstacle.outils.forEach((v, i) => expect('obstacles', obstacle, ['outils', i], 'outils', v));
  }
  for (const outil of raw.outils) {
    outil.data.fiches.forEach((v, i) => expect('outils', outil, ['fiches', i], 'fiches', v));
    outil.data.obstacles.forEach((v, i) => expect('outils', outil, ['obstacles', i], 'obstacles', v));
    outil.data.references.forEach((v, i) => expect('outils', outil, ['references', i], 'references', v));
  }
  for (const experience of raw.experiences) {
    experience.data.fiches.forEach((v, i) => expect('experiences', experience, ['fiches', i], 'fiches', v));
    experience.data.references.forEach((v, i) => expect('experiences', experience, ['references', i], 'references', v));
  }
  for (const video of raw.videos) {
    video.fiches.forEach((v, i) => expect('videos', video, ['fiches', i], 'fiches', v));
    video.obstacles.forEach((v, i) => expect('videos', video, ['obstacles', i], 'obstacles', v));
  }
  for (const nouveaute of raw.nouveautes) {
    nouveaute.fiches.forEach((v, i) => expect('nouveautes', nouveaute, ['fiches', i], 'fiches', v));
    nouveaute.outils.forEach((v, i) => expect('nouveautes', nouveaute, ['outils', i], 'outils', v));
  }
  for (const terme of raw.glossaire) {
    terme.voirAussi.forEach((v, i) => expect('glossaire', terme, ['voirAussi', i], 'glossaire', v));
  }
  for (const questionnaire of raw.autoevaluations) {
    if (questionnaire.type === 'autoevaluation') {
      expect('autoevaluations', questionnaire, ['phase'], 'phases', questionnaire.phase);
      questionnaire.questions.forEach((q, i) => expect('autoevaluations', questionnaire, ['questions', i, 'fiche'], 'fiches', q.fiche));
      questionnaire.niveaux.forEach((n, i) =>
        n.fiches.forEach((v, j) => expect('autoevaluations', questionnaire, ['niveaux', i, 'fiches', j], 'fiches', v)),
      );
    } else {
      questionnaire.affirmations.forEach((a, i) => {
        expect('autoevaluations', questionnaire, ['affirmations', i, 'fiche'], 'fiches', a.fiche);
        if (a.obstacle) expect('autoevaluations', questionnaire, ['affirmations', i, 'obstacle'], 'obstacles', a.obstacle);
      });
    }
  }

  const parcoursTarget: Record<ParcoursTarget, CollectionName> = { fiche: 'fiches', outil: 'outils', obstacle: 'obstacles', questionnaire: 'autoevaluations' };
  for (const parcours of raw.parcours) {
    parcours.etapes.forEach((step, i) => {
      for (const target of PARCOURS_TARGETS) {
        const value = step[target];
        if (value !== undefined) expect('parcours', parcours, ['etapes', i, target], parcoursTarget[target], value);
      }
      const fiche = step.fiche === undefined ? undefined : raw.fiches.find((f) => f.id === step.fiche);
      if (fiche && step.element !== undefined) {
        const items = [...fiche.data.facteursCles, ...(fiche.data.etapes ?? [])];
        if (!items.some((item) => item.id === step.element)) {
          report('parcours', parcours, ['etapes', i, 'element'], `champ « ${describePath(['etapes', i, 'element'])} » : la fiche « ${fiche.id} » n'a aucun élément de liste de contrôle « ${step.element} » (champs « facteursCles » et « etapes » de ${fiche.file})`);
        }
      }
    });
  }

  // Ids named by components inside MDX bodies.
  for (const [file, uses] of bodyComponents ?? []) {
    for (const use of uses) {
      if (!isKitComponent(use.name)) continue;
      for (const [attribute, spec] of Object.entries(KIT_COMPONENTS[use.name].attributes) as [string, { target?: CollectionName }][]) {
        const target = spec.target;
        const value = use.attributes[attribute];
        if (target && value && !ids[target].has(value) && !unreadable.has(target)) {
          problems.push({ file, line: use.line, message: `<${use.name} ${attribute}="${value}" /> : ${NONE[target]} ne porte cet identifiant dans ${DEFAULT_FILES[target]}` });
        }
      }
    }
  }
  return problems;
}

/** A fiche body has exactly the four rubrics as `##` headings, in order, and no `#` title. */
export function checkRubrics(file: string, body: string, bodyLine = 1, parsed?: { depth: number; text: string; line: number }[]): Problem[] {
  const problems: Problem[] = [];
  // The parser's headings carry file lines; the fallback reads the body alone (build-time check).
  const headings = parsed ? parsed.map((h) => ({ ...h, line: h.line - bodyLine + 1 })) : extractHeadings(body);
  for (const h of headings.filter((h) => h.depth === 1)) {
    problems.push({ file, line: bodyLine + h.line - 1, message: `titre de niveau 1 « # ${h.text} » interdit : le titre vient du champ « titre »` });
  }
  const h2 = headings.filter((h) => h.depth === 2);
  const expected = FICHE_RUBRICS.map(normalizeTitle);
  const found = h2.map((h) => h.text);
  const same = found.length === expected.length && found.every((title, i) => title === expected[i]);
  if (!same) {
    const foundText = found.length ? found.map((t) => `« ${t} »`).join(', ') : 'aucune';
    const line = h2.find((h, i) => h.text !== expected[i])?.line ?? h2.at(-1)?.line;
    problems.push({
      file,
      line: line ? bodyLine + line - 1 : undefined,
      message: `une fiche a exactement quatre rubriques de niveau 2 (##), dans cet ordre : ${expected.map((t) => `« ${t} »`).join(', ')} ; trouvées : ${foundText}`,
    });
  }
  return problems;
}
