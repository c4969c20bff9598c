import { z } from 'zod';
import { OBSTACLE_FAMILIES, idList, idSchema, text } from './common.ts';

export const obstacleSchema = z.strictObject({
  id: idSchema,
  libelle: text(5, 'le libellé'),
  famille: z.enum(OBSTACLE_FAMILIES),
  objection: text(10, "l'objection"),
  reponse: text(200, 'la réponse'),
  fiches: idList(1, 'fiche(s)'),
  outils: idList(0, 'outils').default([]),
});
export type Obstacle = z.infer<typeof obstacleSchema>;
