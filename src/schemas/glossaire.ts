import { z } from 'zod';
import { idList, idSchema, text } from './common.ts';

export const termeSchema = z.strictObject({
  id: idSchema,
  terme: text(2, 'le terme'),
  definition: text(60, 'la définition'),
  voirAussi: idList(0, 'termes').default([]),
});
export type Terme = z.infer<typeof termeSchema>;
