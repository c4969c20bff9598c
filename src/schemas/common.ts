import { z } from 'zod';

/** Stable identifiers: lower-case words joined by hyphens, safe in URLs and storage keys. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const idSchema = z
  .string()
  .regex(ID_PATTERN, {
    message: 'identifiant invalide : lettres minuscules sans accent, chiffres et tirets (ex. « charte-locale »)',
  });

export const PHASE_IDS = ['amont', 'pendant', 'apres'] as const;
export const phaseIdSchema = z.enum(PHASE_IDS);
export type PhaseId = z.infer<typeof phaseIdSchema>;

/** The four rubrics every fiche carries, in this order (brief of the 2016 kit). */
export const FICHE_RUBRICS = [
  'Pourquoi cette démarche ?',
  'Comment procéder ?',
  'Quels sont les outils disponibles ?',
  'Quels sont les facteurs clés de succès ?',
] as const;

/**
 * Short names of the four rubrics, in the same order, for content that points to one of them
 * (a parcours step: `rubrique: comment-proceder`).
 */
export const FICHE_RUBRIC_KEYS = ['pourquoi', 'comment-proceder', 'outils-disponibles', 'facteurs-cles'] as const;
export type FicheRubricKey = (typeof FICHE_RUBRIC_KEYS)[number];

/** What a parcours step can point to: one entry of one of these collections. */
export const PARCOURS_TARGETS = ['fiche', 'outil', 'obstacle', 'questionnaire'] as const;
export type ParcoursTarget = (typeof PARCOURS_TARGETS)[number];

export const OUTIL_TYPES = [
  'argumentaire',
  'modele',
  'grille',
  'charte',
  'trame',
  'methode',
  'support-visuel',
] as const;
export type OutilType = (typeof OUTIL_TYPES)[number];

export const REFERENCE_TYPES = [
  'guide',
  'rapport',
  'texte-juridique',
  'ouvrage',
  'article',
  'plan',
  'recommandation',
  'outil',
  'texte-de-reference',
] as const;
export type ReferenceType = (typeof REFERENCE_TYPES)[number];

export const OBSTACLE_FAMILIES = ['personnes', 'confiance', 'institutions', 'professionnels', 'moyens'] as const;
export type ObstacleFamily = (typeof OBSTACLE_FAMILIES)[number];

/** The scale at which a retour d'expérience took place. */
export const EXPERIENCE_ECHELLES = ['nationale', 'regionale', 'departementale', 'locale'] as const;
export type ExperienceEchelle = (typeof EXPERIENCE_ECHELLES)[number];

/** The six rubrics of the ANCT booklet on conseils citoyens, used to sort retours d'expérience. */
export const EXPERIENCE_RUBRIQUES = [
  'dynamique-collective',
  'facteurs-mobilisateurs',
  'pratiques-postures',
  'regles-co-construction',
  'rendre-compte',
  'evaluer-partenariat',
] as const;
export type ExperienceRubrique = (typeof EXPERIENCE_RUBRIQUES)[number];

/**
 * The start of an HTML tag as the HTML tokenizer reads one (`<` then a letter, `/`, `!` or `?`).
 * Text fields are shown as text everywhere: markup in them is a mistake or an attack.
 */
export function looksLikeMarkup(value: string): boolean {
  return /<[A-Za-z/!?]/.test(value);
}

/** Trimmed, non-empty plain text with a minimum length, with French messages. */
export function text(min = 1, what = 'ce texte') {
  return z
    .string()
    .trim()
    .min(min, { message: `${what} est trop court : au moins ${min} caractères attendus` })
    .refine((value) => !looksLikeMarkup(value), { message: `${what} ne peut pas contenir de balise (« <… ») : écrivez le texte sans chevrons, ou « < » suivi d'une espace` });
}

/** A list of ids without repetition. */
export function idList(min = 0, what = 'identifiants') {
  return z
    .array(idSchema)
    .min(min, { message: `au moins ${min} ${what} attendu(s)` })
    .refine((ids) => new Set(ids).size === ids.length, { message: `${what} en double dans la liste` });
}

/** A list of items carrying an `id`, where ids are unique. */
export function uniqueById<T extends z.ZodType<{ id: string }>>(item: T, min: number, max: number, what: string) {
  return z
    .array(item)
    .min(min, { message: `au moins ${min} ${what} attendus` })
    .max(max, { message: `au plus ${max} ${what} attendus` })
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((entry, index) => {
        if (seen.has(entry.id)) {
          ctx.addIssue({
            code: 'custom',
            path: [index, 'id'],
            message: `l'identifiant « ${entry.id} » est déjà utilisé plus haut dans la liste`,
          });
        }
        seen.add(entry.id);
      });
    });
}
