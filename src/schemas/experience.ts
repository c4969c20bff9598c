import { z } from 'zod';
import { EXPERIENCE_ECHELLES, EXPERIENCE_RUBRIQUES, idList, text } from './common.ts';

export const experienceSchema = z.strictObject({
  titre: text(5, 'le titre'),
  rubrique: z.enum(EXPERIENCE_RUBRIQUES),
  resume: text(40, 'le résumé'),
  dispositif: text(3, 'le dispositif'),
  echelle: z.enum(EXPERIENCE_ECHELLES),
  fiches: idList(1, 'fiche(s)'),
  references: idList(1, 'référence(s)'),
});
export type ExperienceData = z.infer<typeof experienceSchema>;
