import { z } from 'zod';
import { idList, idSchema, text } from './common.ts';

/** A calendar day written `AAAA-MM-JJ` that exists (no 31 février). */
const day = z.iso.date({ message: 'date attendue sous la forme AAAA-MM-JJ, entre guillemets, par exemple « 2026-12-02 »' });

/**
 * One entry of content/nouveautes.yaml: what changed in the kit, when, and which fiches and
 * outils it touched. The page /nouveautes/ and the Atom feed are made from these entries.
 */
export const nouveauteSchema = z.strictObject({
  id: idSchema,
  date: day,
  titre: text(5, 'le titre'),
  changements: text(20, 'le texte « changements »'),
  fiches: idList(0, 'fiches').default([]),
  outils: idList(0, 'outils').default([]),
});
export type Nouveaute = z.infer<typeof nouveauteSchema>;
