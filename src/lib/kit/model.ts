import type { Parcours, ParcoursStep, Questionnaire, Obstacle, OutilData, Phase, Quiz, Reference, SelfAssessment, Terme, FicheData, ExperienceData, Video, Nouveaute } from '../../schemas/index.ts';
import { problemReport, type Problem } from '../content/problems.ts';
import { splitSections, type Section } from '../content/headings.ts';
import { checkKit } from '../content/check-kit.ts';
import type { MdxEntry, RawKit } from '../content/kit-types.ts';

export type Fiche = MdxEntry<FicheData>;
export type Outil = MdxEntry<OutilData>;
export type Experience = MdxEntry<ExperienceData>;

/** Raised when the kit's content breaks its rules; the message lists every problem in French. */
export class KitError extends Error {
  // A plain field, not a parameter property: the build's scripts run this file with Node's type stripping.
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(problemReport(problems));
    this.problems = problems;
    this.name = 'KitError';
  }
}

function indexById<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function pick<T>(map: Map<string, T>, ids: readonly string[]): T[] {
  return ids.map((id) => map.get(id)).filter((item): item is T => item !== undefined);
}

const collator = new Intl.Collator('fr', { sensitivity: 'base' });

/** The kit once joined: ordered collections and the links between them, both ways. */
export class Kit {
  readonly phases: Phase[];
  readonly fiches: Fiche[];
  readonly obstacles: Obstacle[];
  readonly outils: Outil[];
  readonly references: Reference[];
  readonly glossaire: Terme[];
  readonly experiences: Experience[];
  readonly selfAssessments: SelfAssessment[];
  readonly quizzes: Quiz[];
  readonly videos: Video[];
  /** Newest first: the order of the page and the feed. */
  readonly nouveautes: Nouveaute[];
  readonly parcours: Parcours[];
  private readonly maps;

  constructor(raw: RawKit) {
    this.phases = [...raw.phases].sort((a, b) => a.numero - b.numero);
    this.fiches = [...raw.fiches].sort((a, b) => a.data.numero - b.data.numero);
    this.obstacles = [...raw.obstacles];
    this.outils = [...raw.outils].sort((a, b) => collator.compare(a.data.titre, b.data.titre));
    this.references = [...raw.references];
    this.glossaire = [...raw.glossaire].sort((a, b) => collator.compare(a.terme, b.terme));
    this.experiences = [...raw.experiences].sort((a, b) => collator.compare(a.data.titre, b.data.titre));
    const questionnaires: Questionnaire[] = [...raw.autoevaluations];
    const phaseOrder = (id: string) => this.phases.findIndex((p) => p.id === id);
    this.selfAssessments = questionnaires
      .filter((q): q is SelfAssessment => q.type === 'autoevaluation')
      .sort((a, b) => phaseOrder(a.phase) - phaseOrder(b.phase));
    this.quizzes = questionnaires.filter((q): q is Quiz => q.type === 'quiz');
    this.videos = [...raw.videos].sort((a, b) => collator.compare(a.titre, b.titre));
    this.nouveautes = [...raw.nouveautes].sort((a, b) => b.date.localeCompare(a.date));
    this.parcours = [...raw.parcours].sort((a, b) => a.ordre - b.ordre || collator.compare(a.titre, b.titre));
    this.maps = {
      phases: indexById(this.phases),
      fiches: indexById(this.fiches),
      obstacles: indexById(this.obstacles),
      outils: indexById(this.outils),
      references: indexById(this.references),
      glossaire: indexById(this.glossaire),
      experiences: indexById(this.experiences),
      videos: indexById(this.videos),
      questionnaires: indexById(questionnaires),
      parcours: indexById(this.parcours),
    };
  }

  phase(id: string): Phase | undefined {
    return this.maps.phases.get(id);
  }
  fiche(id: string): Fiche | undefined {
    return this.maps.fiches.get(id);
  }
  outil(id: string): Outil | undefined {
    return this.maps.outils.get(id);
  }
  obstacle(id: string): Obstacle | undefined {
    return this.maps.obstacles.get(id);
  }
  reference(id: string): Reference | undefined {
    return this.maps.references.get(id);
  }
  terme(id: string): Terme | undefined {
    return this.maps.glossaire.get(id);
  }
  experience(id: string): Experience | undefined {
    return this.maps.experiences.get(id);
  }
  video(id: string): Video | undefined {
    return this.maps.videos.get(id);
  }

  /** A phase named by an entry: the kit check has verified it exists, so a miss is a bug of the site. */
  phaseNamed(id: string): Phase {
    return required(this.phase(id), `phase « ${id} »`);
  }
  /** A fiche named by an entry (a question, an affirmation), verified like a phase. */
  ficheNamed(id: string): Fiche {
    return required(this.fiche(id), `fiche « ${id} »`);
  }

  fichesOfPhase(phaseId: string): Fiche[] {
    return this.fiches.filter((f) => f.data.phase === phaseId);
  }
  outilsOfPhase(phaseId: string): Outil[] {
    return this.outils.filter((o) => o.data.phases.includes(phaseId as never));
  }

  /** Previous and next fiche in the kit's reading order (by numero, across phases). */
  neighbours(ficheId: string): { previous?: Fiche; next?: Fiche } {
    const index = this.fiches.findIndex((f) => f.id === ficheId);
    return { previous: this.fiches[index - 1], next: index >= 0 ? this.fiches[index + 1] : undefined };
  }

  obstaclesOf(fiche: Fiche): Obstacle[] {
    return pick(this.maps.obstacles, fiche.data.obstacles);
  }
  outilsOf(fiche: Fiche): Outil[] {
    return pick(this.maps.outils, fiche.data.outils);
  }
  relatedFiches(fiche: Fiche): Fiche[] {
    return pick(this.maps.fiches, fiche.data.fichesLiees);
  }
  referencesOf(entry: { data: { references: string[] } }): Reference[] {
    return pick(this.maps.references, entry.data.references);
  }
  fichesByIds(ids: readonly string[]): Fiche[] {
    return pick(this.maps.fiches, ids);
  }
  outilsByIds(ids: readonly string[]): Outil[] {
    return pick(this.maps.outils, ids);
  }
  obstaclesByIds(ids: readonly string[]): Obstacle[] {
    return pick(this.maps.obstacles, ids);
  }
  termesByIds(ids: readonly string[]): Terme[] {
    return pick(this.maps.glossaire, ids);
  }

  /** Fiches that answer an obstacle: its own list plus fiches that name it. */
  fichesForObstacle(obstacle: Obstacle): Fiche[] {
    const ids = new Set([...obstacle.fiches, ...this.fiches.filter((f) => f.data.obstacles.includes(obstacle.id)).map((f) => f.id)]);
    return this.fiches.filter((f) => ids.has(f.id));
  }

  /** Fiches that use an outil, both directions of the link. */
  fichesForOutil(outil: Outil): Fiche[] {
    const ids = new Set([...outil.data.fiches, ...this.fiches.filter((f) => f.data.outils.includes(outil.id)).map((f) => f.id)]);
    return this.fiches.filter((f) => ids.has(f.id));
  }

  obstaclesForOutil(outil: Outil): Obstacle[] {
    const ids = new Set([...outil.data.obstacles, ...this.obstacles.filter((o) => o.outils.includes(outil.id)).map((o) => o.id)]);
    return this.obstacles.filter((o) => ids.has(o.id));
  }

  /** Films to watch with a fiche (« À voir ») or about an obstacle: the films name them. */
  videosForFiche(fiche: Fiche): Video[] {
    return this.videos.filter((v) => v.fiches.includes(fiche.id));
  }
  videosForObstacle(obstacle: Obstacle): Video[] {
    return this.videos.filter((v) => v.obstacles.includes(obstacle.id));
  }

  /** Where a reference is cited: the bibliography shows it so readers see its use. */
  citationsOf(referenceId: string): { fiches: Fiche[]; outils: Outil[]; experiences: Experience[] } {
    return {
      fiches: this.fiches.filter((f) => f.data.references.includes(referenceId)),
      outils: this.outils.filter((o) => o.data.references.includes(referenceId)),
      experiences: this.experiences.filter((e) => e.data.references.includes(referenceId)),
    };
  }

  questionnaire(id: string): Questionnaire | undefined {
    return this.maps.questionnaires.get(id);
  }
  parcoursById(id: string): Parcours | undefined {
    return this.maps.parcours.get(id);
  }

  /** Parcours with at least one step on this fiche (its rubrics and checklist items included). */
  parcoursForFiche(fiche: Fiche): Parcours[] {
    return this.parcours.filter((p) => p.etapes.some((step) => step.fiche === fiche.id));
  }

  /**
   * The phase whose colour a step wears: its fiche's, its outil's first, an obstacle's first
   * fiche's, a self-assessment's own; none for the quiz, which spans the three.
   */
  phaseOfStep(step: ParcoursStep): Phase | undefined {
    if (step.fiche !== undefined) return this.phase(this.fiche(step.fiche)?.data.phase ?? '');
    if (step.outil !== undefined) return this.phase(this.outil(step.outil)?.data.phases[0] ?? '');
    if (step.obstacle !== undefined) {
      const obstacle = this.obstacle(step.obstacle);
      return obstacle ? this.phase(this.fichesForObstacle(obstacle)[0]?.data.phase ?? '') : undefined;
    }
    const questionnaire = this.questionnaire(step.questionnaire ?? '');
    return questionnaire?.type === 'autoevaluation' ? this.phase(questionnaire.phase) : undefined;
  }

  /** The four rubrics of a fiche, as markdown sections. */
  rubricsOf(fiche: Fiche): Section[] {
    return splitSections(fiche.body);
  }
}

/** Checks then joins; a kit that breaks its rules never reaches a page. */
export function buildKit(raw: RawKit): Kit {
  const problems = checkKit(raw);
  if (problems.length) throw new KitError(problems);
  return new Kit(raw);
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} introuvable dans le kit, alors que le contrôle du kit l'a vérifiée : c'est une erreur du site`);
  return value;
}
