/**
 * The plain values of the stored progress format, without zod, so that the few hundred bytes of
 * script that paint saved ticks before React loads (src/lib/progress/prepaint.ts) can use them.
 * The schemas themselves are in progress.ts, which re-exports these.
 */
/**
 * Same rule as ID_PATTERN in common.ts, repeated here so that the browser bundle does not pull
 * the classic zod API through common.ts; a unit test keeps the two identical.
 */
export const STORED_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Same values as ANSWERS in questionnaire.ts (kept in step by a unit test). */
export const STORED_ANSWERS = ['oui', 'en-partie', 'non', 'ne-sait-pas'] as const;
export type StoredAnswer = (typeof STORED_ANSWERS)[number];
export const QUIZ_ANSWERS = ['vrai', 'faux'] as const;
export type QuizAnswer = (typeof QUIZ_ANSWERS)[number];

/** The fragment's parameter that carries a self-assessment's shared answers (`#r=1.…`, share-hash.ts). */
export const SHARE_HASH_PARAM = 'r';

/**
 * What a `client:interaction` island is, as its directive value says (src/env.d.ts): a fiche's
 * checklist, whose saved ticks are painted before React loads; a questionnaire, which loads at
 * once for a reader who has answers saved (their result, the explanations are React's); a
 * summary (the diagnostic, « Mon suivi »), which does the same, and otherwise shows its empty
 * state without React.
 */
export const INTERACTION_ISLANDS = ['checklist', 'autoevaluation', 'quiz', 'diagnostic', 'suivi'] as const;
export type InteractionIsland = (typeof INTERACTION_ISLANDS)[number];

/** The two lists a fiche can offer as checkboxes; ids are unique within a list, not across. */
export const CHECKLIST_LISTS = ['facteurs', 'etapes'] as const;
export type ChecklistListName = (typeof CHECKLIST_LISTS)[number];

export const ENTRY_TYPES = ['checklist', 'autoevaluation', 'quiz', 'parcours'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];
