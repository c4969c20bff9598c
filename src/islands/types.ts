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
