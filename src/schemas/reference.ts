import { z } from 'zod';
import { REFERENCE_TYPES, idSchema, text } from './common.ts';

export const referenceSchema = z
  .strictObject({
    id: idSchema,
    type: z.enum(REFERENCE_TYPES),
    auteurs: z.array(text(2, "le nom d'auteur")).min(1, { message: 'au moins un auteur ou une institution attendu' }),
    titre: text(3, 'le titre'),
    annee: z.number().int().min(1900).max(2100).optional(),
    editeur: text(2, "l'éditeur").optional(),
    conteneur: text(2, 'la revue ou la collection').optional(),
    url: z.url({ protocol: /^https?$/, message: 'adresse http(s) complète attendue' }).optional(),
    langue: z.string().regex(/^[a-z]{2}$/, { message: 'code de langue à deux lettres attendu (ex. « en »)' }).optional(),
    apport: text(60, "l'apport"),
  })
  .superRefine((ref, ctx) => {
    if (ref.type !== 'outil' && ref.annee === undefined) {
      ctx.addIssue({ code: 'custom', path: ['annee'], message: "l'année de publication est obligatoire pour ce type de référence" });
    }
  });
export type Reference = z.infer<typeof referenceSchema>;
