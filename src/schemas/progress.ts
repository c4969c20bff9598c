/**
 * What the site keeps in the reader's browser (checklists, answers) and the file « Exporter »
 * writes. Built with `zod/mini` because these schemas ship to the browser inside the islands:
 * the classic zod API would add tens of kilobytes to every page that has an island.
 */
import * as z from 'zod/mini';

import { CHECKLIST_LISTS, ENTRY_TYPES, QUIZ_ANSWERS, STORED_ANSWERS, STORED_ID_PATTERN } from './progress-format.ts';

export { CHECKLIST_LISTS, ENTRY_TYPES, QUIZ_ANSWERS, STORED_ANSWERS, STORED_ID_PATTERN };
export type { ChecklistListName, EntryType, QuizAnswer, StoredAnswer } from './progress-format.ts';


export const storedIdSchema = z.string().check(z.regex(STORED_ID_PATTERN), z.maxLength(100));
const idArray = z.array(storedIdSchema).check(z.maxLength(500));
const timestamp = z.optional(z.string().check(z.maxLength(40)));

/** `kit-participation:v1:checklist:<ficheId>`: ids of ticked items, never positions. */
export const checklistEntrySchema = z.object({
  checked: z.object({
    facteurs: z.optional(idArray),
    etapes: z.optional(idArray),
  }),
  updatedAt: timestamp,
});
export type ChecklistEntry = z.infer<typeof checklistEntrySchema>;

/** `kit-participation:v1:autoevaluation:<id>`: one answer per question id. */
export const assessmentEntrySchema = z.object({
  answers: z.record(storedIdSchema, z.enum(STORED_ANSWERS)),
  updatedAt: timestamp,
});
export type AssessmentEntry = z.infer<typeof assessmentEntrySchema>;

/** `kit-participation:v1:quiz:<id>`: the first answer given to each affirmation. */
export const quizEntrySchema = z.object({
  answers: z.record(storedIdSchema, z.enum(QUIZ_ANSWERS)),
  updatedAt: timestamp,
});
export type QuizEntry = z.infer<typeof quizEntrySchema>;

/** `kit-participation:v1:parcours:<parcoursId>`: ids of the steps marked done, never positions. */
export const parcoursEntrySchema = z.object({
  done: idArray,
  updatedAt: timestamp,
});
export type ParcoursEntry = z.infer<typeof parcoursEntrySchema>;


export interface EntryByType {
  checklist: ChecklistEntry;
  autoevaluation: AssessmentEntry;
  quiz: QuizEntry;
  parcours: ParcoursEntry;
}

export const entrySchemas = {
  checklist: checklistEntrySchema,
  autoevaluation: assessmentEntrySchema,
  quiz: quizEntrySchema,
  parcours: parcoursEntrySchema,
} as const;

/** Every entry of one reader, by type then id: what « Exporter » writes and « Importer » restores. */
export const progressEntriesSchema = z.object({
  checklist: z.record(storedIdSchema, checklistEntrySchema),
  autoevaluation: z.record(storedIdSchema, assessmentEntrySchema),
  quiz: z.record(storedIdSchema, quizEntrySchema),
  // Files exported before parcours existed have no such key: they still import, with none.
  parcours: z._default(z.record(storedIdSchema, parcoursEntrySchema), {}),
});
export type ProgressEntries = z.infer<typeof progressEntriesSchema>;

export const EXPORT_FORMAT = 'kit-participation/suivi';
export const EXPORT_VERSION = 1;

export const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: timestamp,
  entries: progressEntriesSchema,
});
export type ExportFile = z.infer<typeof exportFileSchema>;
