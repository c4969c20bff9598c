import { z } from 'zod';
import { idSchema, text } from './common.ts';

/**
 * One group of words and phrases that the search treats as the same thing
 * (`défraiement / indemnisation / remboursement des frais`).
 */
export const synonymGroupSchema = z.strictObject({
  id: idSchema,
  mots: z
    .array(text(2, 'le mot').pipe(z.string().max(60, { message: 'le mot est trop long : au plus 60 caractères (un mot ou une courte expression)' })))
    .min(2, { message: 'au moins 2 mots attendus : un groupe rapproche des mots différents' })
    .max(12, { message: 'au plus 12 mots attendus : séparez le groupe en deux' }),
});
export type SynonymGroup = z.infer<typeof synonymGroupSchema>;

export const SYNONYMS_FILE = 'content/synonymes.yaml';
