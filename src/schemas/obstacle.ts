import { z } from 'zod';
import { OBSTACLE_FAMILIES, idList, idSchema, text } from './common.ts';

export const obstacleSchema = z.strictObject({
  id: idSchema,
  libelle: text(5, 'le libellé'),
  famille: z.enum(OBSTACLE_FAMILIES),
  objection: text(10, "l'objection"),
  /** Other ways people voice the same obstacle: shown on its page and weighted in search. */
  formulations: z.array(text(5, 'la formulation')).max(8, { message: 'au plus 8 formulations' }).default([]),
  reponse: text(200, 'la réponse'),
  fiches: idList(1, 'fiche(s)'),
  outils: idList(0, 'outils').default([]),
});
export type Obstacle = z.infer<typeof obstacleSchema>;
