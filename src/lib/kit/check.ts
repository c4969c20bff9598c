import { FICHE_RUBRICS } from '../../schemas/index.ts';
import { extractHeadings, normalizeTitle } from '../content/headings.ts';
import type { Problem } from '../content/problems.ts';
import type { ComponentUse } from '../content/mdx-safety.ts';
import type { CollectionName, Locate, RawKit } from './types.ts';
import { describePath } from '../content/schema-problems.ts';

const COLLECTION_LABEL: Record<CollectionName, string> = {
  phases: 'phase',
  fiches: 'fiche',
  obstacles: 'frein',
  outils: 'outil',
  references: 'référence bibliographique',
  glossaire: 'terme du glossaire',
  experiences: "retour d'expérience",
  autoevaluations: 'questionnaire',
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
};

const DEFAULT_FILES: Record<CollectionName, string> = {
  phases: 'content/phases.yaml',
  fiches: 'content/fiches',
  obstacles: 'content/obstacles.yaml',
  outils: 'content/outils',
  references: 'content/bibliographie.yaml',
  glossaire: 'content/glossaire.yaml',
  experiences: 'content/experiences',
  autoevaluations: 'content/autoevaluations',
};

/** Falls back on the entry's own file when no precise locator is given (build-time check). */
export function fileLocator(raw: RawKit): Locate {
  return (collection, id) => {
    const list = raw[collection] as { id: string; file?: string }[];
    const entry = list.find((item) => item.id === id);
    return { file: entry?.file ?? DEFAULT_FILES[collection] };
  };
}

/**
 * Cross-collection checks that zod cannot see: unknown or duplicate ids, numeros, the four
 * rubrics in order, and ids used by components in bodies.
 */
export function checkKit(raw: RawKit, locate: Locate = fileLocator(raw), bodyComponents?: Map<string, ComponentUse[]>): Problem[] {
  const problems: Problem[] = [];
  const ids: Record<CollectionName, Set<string>> = {
    phases: new Set(raw.phases.map((p) => p.id)),
    fiches: new Set(raw.fiches.map((f) => f.id)),
    obstacles: new Set(raw.obstacles.map((o) => o.id)),
    outils: new Set(raw.outils.map((o) => o.id)),
    references: new Set(raw.references.map((r) => r.id)),
    glossaire: new Set(raw.glossaire.map((t) => t.id)),
    experiences: new Set(raw.experiences.map((e) => e.id)),
    autoevaluations: new Set(raw.autoevaluations.map((a) => a.id)),
  };

  const report = (collection: CollectionName, id: string, path: (string | number)[], message: string) => {
    problems.push({ ...locate(collection, id, path), message });
  };

  const expect = (
    collection: CollectionName,
    id: string,
    path: (string | number)[],
    target: CollectionName,
    value: string,
  ) => {
    if (!ids[target].has(value)) {
      report(collection, id, path, `champ « ${describePath(path)} » : ${NONE[target]} ne porte l'identifiant « ${value} » dans ${DEFAULT_FILES[target]}`);
    }
  };

  // Duplicated ids inside one collection.
  for (const collection of Object.keys(ids) as CollectionName[]) {
    const seen = new Set<string>();
    for (const entry of raw[collection] as { id: string }[]) {
      if (seen.has(entry.id)) report(collection, entry.id, ['id'], `identifiant « ${entry.id} » utilisé deux fois dans les ${COLLECTION_LABEL[collection]}s`);
      seen.add(entry.id);
    }
  }

  // Phases: the three, once each, numbered 1..3.
  for (const phase of ['amont', 'pendant', 'apres']) {
    if (!ids.phases.has(phase)) problems.push({ file: DEFAULT_FILES.phases, message: `la phase « ${phase} » manque` });
  }

  const numeros = new Map<number, string>();
  for (const fiche of raw.fiches) {
    const { id, data } = fiche;
    const other = numeros.get(data.numero);
    if (other) report('fiches', id, ['numero'], `numéro ${data.numero} déjà pris par la fiche « ${other} » : chaque fiche a un numéro unique`);
    numeros.set(data.numero, id);
    expect('fiches', id, ['phase'], 'phases', data.phase);
    data.obstacles.forEach((v, i) => expect('fiches', id, ['obstacles', i], 'obstacles', v));
    data.outils.forEach((v, i) => expect('fiches', id, ['outils', i], 'outils', v));
    data.references.forEach((v, i) => expect('fiches', id, ['references', i], 'references', v));
    data.fichesLiees.forEach((v, i) => {
      if (v === id) report('fiches', id, ['fichesLiees', i], 'une fiche ne peut pas se citer elle-même dans fichesLiees');
      else expect('fiches', id, ['fichesLiees', i], 'fiches', v);
    });
    problems.push(...checkRubrics(fiche.file, fiche.body, fiche.bodyLine ?? 1));
  }

  for (const obstacle of raw.obstacles) {
    obstacle.fiches.forEach((v, i) => expect('obstacles', obstacle.id, ['fiches', i], 'fiches', v));
    obstacle.outils.forEach((v, i) => expect('obstacles', obstacle.id, ['outils', i], 'outils', v));
  }
  for (const outil of raw.outils) {
    outil.data.fiches.forEach((v, i) => expect('outils', outil.id, ['fiches', i], 'fiches', v));
    outil.data.obstacles.forEach((v, i) => expect('outils', outil.id, ['obstacles', i], 'obstacles', v));
    outil.data.references.forEach((v, i) => expect('outils', outil.id, ['references', i], 'references', v));
  }
  for (const experience of raw.experiences) {
    experience.data.fiches.forEach((v, i) => expect('experiences', experience.id, ['fiches', i], 'fiches', v));
    experience.data.references.forEach((v, i) => expect('experiences', experience.id, ['references', i], 'references', v));
  }
  for (const terme of raw.glossaire) {
    terme.voirAussi.forEach((v, i) => expect('glossaire', terme.id, ['voirAussi', i], 'glossaire', v));
  }
  for (const questionnaire of raw.autoevaluations) {
    if (questionnaire.type === 'autoevaluation') {
      expect('autoevaluations', questionnaire.id, ['phase'], 'phases', questionnaire.phase);
      questionnaire.questions.forEach((q, i) => expect('autoevaluations', questionnaire.id, ['questions', i, 'fiche'], 'fiches', q.fiche));
      questionnaire.niveaux.forEach((n, i) =>
        n.fiches.forEach((v, j) => expect('autoevaluations', questionnaire.id, ['niveaux', i, 'fiches', j], 'fiches', v)),
      );
    } else {
      questionnaire.affirmations.forEach((a, i) => {
        expect('autoevaluations', questionnaire.id, ['affirmations', i, 'fiche'], 'fiches', a.fiche);
        if (a.obstacle) expect('autoevaluations', questionnaire.id, ['affirmations', i, 'obstacle'], 'obstacles', a.obstacle);
      });
    }
  }

  // Ids named by components inside MDX bodies.
  const componentTarget: Record<string, CollectionName> = {
    LienFiche: 'fiches',
    LienOutil: 'outils',
    LienObstacle: 'obstacles',
    Terme: 'glossaire',
  };
  for (const [file, uses] of bodyComponents ?? []) {
    for (const use of uses) {
      const target = componentTarget[use.name];
      const value = use.attributes.id;
      if (target && value && !ids[target].has(value)) {
        problems.push({ file, line: use.line, message: `<${use.name} id="${value}" /> : ${NONE[target]} ne porte cet identifiant dans ${DEFAULT_FILES[target]}` });
      }
    }
  }
  return problems;
}

/** A fiche body has exactly the four rubrics as `##` headings, in order, and no `#` title. */
export function checkRubrics(file: string, body: string, bodyLine = 1): Problem[] {
  const problems: Problem[] = [];
  const headings = extractHeadings(body);
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
