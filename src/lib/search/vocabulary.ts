/**
 * The search filters of the kit: their names as Pagefind shows them, their values, and the short
 * slugs used in shareable URLs (`/recherche/?q=frais&phase=amont&type=fiche`).
 */

export const FILTERS = {
  type: 'Type',
  phase: 'Phase',
  obstacle: 'Frein',
} as const;
export type FilterKey = keyof typeof FILTERS;

export const CONTENT_TYPES = {
  fiche: 'Fiche',
  outil: 'Outil',
  obstacle: 'Frein',
  experience: "Retour d'expérience",
  terme: 'Terme du glossaire',
  reference: 'Référence',
  video: 'Vidéo',
  parcours: 'Parcours',
} as const;
export type ContentType = keyof typeof CONTENT_TYPES;

/** Slug ↔ label for each filter; obstacles and phases come from the kit itself. */
export interface Vocabulary {
  type: Record<string, string>;
  phase: Record<string, string>;
  obstacle: Record<string, string>;
}

export function buildVocabulary(phases: { id: string; titre: string }[], obstacles: { id: string; libelle: string }[]): Vocabulary {
  return {
    type: { ...CONTENT_TYPES },
    phase: Object.fromEntries(phases.map((p) => [p.id, p.titre])),
    obstacle: Object.fromEntries(obstacles.map((o) => [o.id, o.libelle])),
  };
}
