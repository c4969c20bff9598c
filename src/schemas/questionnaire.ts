import { z } from 'zod';
import { idList, idSchema, phaseIdSchema, text, uniqueById } from './common.ts';

export const ANSWERS = ['oui', 'en-partie', 'non', 'ne-sait-pas'] as const;
export type Answer = (typeof ANSWERS)[number];

export const questionSchema = z.strictObject({
  id: idSchema,
  texte: text(10, 'la question'),
  aide: text(5, "l'aide").optional(),
  fiche: idSchema,
});

export const niveauSchema = z.strictObject({
  id: idSchema,
  min: z.number().int().min(0).max(100),
  max: z.number().int().min(0).max(100),
  titre: text(3, 'le titre du niveau'),
  description: text(40, 'la description du niveau'),
  fiches: idList(1, 'fiche(s)').refine((ids) => ids.length <= 3, { message: 'au plus 3 fiches à lire en premier' }),
});

/** Bands must tile 0..100 so that every score lands in exactly one level. */
function checkBands(niveaux: z.infer<typeof niveauSchema>[], ctx: z.RefinementCtx) {
  const sorted = [...niveaux].sort((a, b) => a.min - b.min);
  let expected = 0;
  for (const band of sorted) {
    if (band.min > band.max) {
      ctx.addIssue({ code: 'custom', path: ['niveaux'], message: `niveau « ${band.id} » : min (${band.min}) dépasse max (${band.max})` });
    }
    if (band.min !== expected) {
      ctx.addIssue({
        code: 'custom',
        path: ['niveaux'],
        message: `les niveaux doivent couvrir 0 à 100 sans trou ni chevauchement : « ${band.id} » commence à ${band.min}, ${expected} attendu`,
      });
    }
    expected = band.max + 1;
  }
  if (expected !== 101) {
    ctx.addIssue({ code: 'custom', path: ['niveaux'], message: `le dernier niveau doit finir à 100 (trouvé : ${expected - 1})` });
  }
}

export const selfAssessmentSchema = z
  .strictObject({
    id: idSchema,
    type: z.literal('autoevaluation'),
    phase: phaseIdSchema,
    titre: text(5, 'le titre'),
    introduction: text(40, "l'introduction"),
    questions: uniqueById(questionSchema, 8, 12, 'questions'),
    niveaux: uniqueById(niveauSchema, 2, 5, 'niveaux'),
  })
  .superRefine((q, ctx) => checkBands(q.niveaux, ctx));

export const affirmationSchema = z.strictObject({
  id: idSchema,
  texte: text(10, "l'affirmation"),
  reponse: z.enum(['vrai', 'faux']),
  explication: text(80, "l'explication"),
  fiche: idSchema,
  obstacle: idSchema.optional(),
});

export const quizSchema = z.strictObject({
  id: idSchema,
  type: z.literal('quiz'),
  titre: text(5, 'le titre'),
  introduction: text(40, "l'introduction"),
  affirmations: uniqueById(affirmationSchema, 12, 40, 'affirmations'),
});

export const questionnaireSchema = z.discriminatedUnion('type', [selfAssessmentSchema, quizSchema]);
export type SelfAssessment = z.infer<typeof selfAssessmentSchema>;
export type Quiz = z.infer<typeof quizSchema>;
export type Questionnaire = z.infer<typeof questionnaireSchema>;
