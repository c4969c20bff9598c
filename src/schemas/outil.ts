import { z } from 'zod';
import { OUTIL_TYPES, idList, phaseIdSchema, text } from './common.ts';

export const outilSchema = z.strictObject({
  titre: text(5, 'le titre'),
  type: z.enum(OUTIL_TYPES, {
    // Videos used to be outils: say where they went rather than only listing the types.
    error: (issue) => (issue.input === 'video' ? 'une vidéo ou un film ne sont plus des outils : décrivez-les dans content/videos.yaml' : undefined),
  }),
  resume: text(30, 'le résumé'),
  quand: text(10, 'le moment (« quand »)'),
  pourQui: text(5, 'le public (« pourQui »)'),
  duree: text(3, 'la durée'),
  phases: z.array(phaseIdSchema).min(1, { message: 'au moins une phase attendue' }),
  fiches: idList(1, 'fiche(s)'),
  obstacles: idList(0, 'obstacles').default([]),
  references: idList(0, 'références').default([]),
});
export type OutilData = z.infer<typeof outilSchema>;
