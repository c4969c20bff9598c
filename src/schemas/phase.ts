import { z } from 'zod';
import { phaseIdSchema, text } from './common.ts';

export const phaseSchema = z.strictObject({
  id: phaseIdSchema,
  numero: z.number().int().min(1).max(3),
  titre: text(3, 'le titre'),
  action: text(3, "l'action"),
  intro: text(40, "l'introduction"),
});
export type Phase = z.infer<typeof phaseSchema>;
