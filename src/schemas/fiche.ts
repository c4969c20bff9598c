import { z } from 'zod';
import { idList, idSchema, phaseIdSchema, text, uniqueById } from './common.ts';

export const checklistItemSchema = z.strictObject({
  id: idSchema,
  texte: text(10, "le texte de l'élément"),
  detail: text(10, 'le détail').optional(),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

/** Frontmatter of `content/fiches/NN-slug.mdx`; the body is checked for its four rubrics elsewhere. */
export const ficheSchema = z.strictObject({
  numero: z.number().int().min(1).max(99),
  titre: text(5, 'le titre'),
  phase: phaseIdSchema,
  essentiel: text(120, "« L'essentiel »"),
  obstacles: idList(1, 'obstacle(s)'),
  outils: idList(2, 'outils'),
  fichesLiees: idList(1, 'fiche(s) liée(s)'),
  references: idList(2, 'références'),
  facteursCles: uniqueById(checklistItemSchema, 5, 10, 'facteurs clés de succès'),
  etapes: uniqueById(checklistItemSchema, 3, 12, 'étapes').optional(),
  miseAJour: z.iso.date({ message: 'date attendue au format AAAA-MM-JJ' }).optional(),
});
export type FicheData = z.infer<typeof ficheSchema>;
