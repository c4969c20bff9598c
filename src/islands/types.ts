/** Data the pages hand to the islands: plain, serialisable, with URLs already carrying the site's base. */
export interface FicheLink {
  numero: number;
  titre: string;
  href: string;
}

export interface QuestionProp {
  id: string;
  texte: string;
  aide?: string | undefined;
  fiche: string;
}

export interface BandProp {
  id: string;
  min: number;
  max: number;
  titre: string;
  description: string;
  fiches: string[];
}

export interface SelfAssessmentProp {
  id: string;
  /** Phase id, for the phase's colour (never the only sign of the phase: its name is written). */
  phase: string;
  titre: string;
  phaseTitre: string;
  href: string;
  questions: QuestionProp[];
  bands: BandProp[];
}

/** One step of a parcours, as its card shows it: the target's address already carries the base. */
export interface ParcoursStepProp {
  id: string;
  titre: string;
  pourquoi: string;
  retenir: string;
  /** The phase whose colour the card wears, named in words too; none for a step across phases. */
  phase?: { id: string; label: string } | undefined;
  target: { kind: 'fiche' | 'outil' | 'obstacle' | 'questionnaire'; href: string; label: string; detail?: string | undefined };
}
