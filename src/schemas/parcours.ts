import { z } from 'zod';
import { FICHE_RUBRIC_KEYS, PARCOURS_TARGETS, idSchema, text, uniqueById } from './common.ts';

/**
 * One step of a parcours: what to do, why now, and the one entry of the kit that helps (a fiche,
 * optionally one of its rubrics or checklist items; an outil; an obstacle's answer; a questionnaire).
 */
export const parcoursStepSchema = z
  .strictObject({
    id: idSchema,
    titre: text(5, "le titre de l'étape"),
    pourquoi: text(20, "le « pourquoi maintenant » de l'étape"),
    fiche: idSchema.optional(),
    rubrique: z.enum(FICHE_RUBRIC_KEYS, { message: `rubrique inconnue : une rubrique parmi ${FICHE_RUBRIC_KEYS.map((k) => `« ${k} »`).join(', ')} attendue` }).optional(),
    element: idSchema.optional(),
    outil: idSchema.optional(),
    obstacle: idSchema.optional(),
    questionnaire: idSchema.optional(),
    retenir: text(20, "le « à retenir » de l'étape"),
  })
  .superRefine((step, ctx) => {
    const targets = PARCOURS_TARGETS.filter((target) => step[target] !== undefined);
    if (targets.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: targets.length ? [targets[1]!] : ['titre'],
        // The value named in the message, not the whole step, is what the contributor should see.
        input: targets.length ? step[targets[1]!] : undefined,
        message: targets.length
          ? `une étape renvoie à un seul élément du kit : gardez un seul champ parmi ${targets.map((t) => `« ${t} »`).join(', ')}`
          : `une étape renvoie à un élément du kit : ajoutez un champ ${PARCOURS_TARGETS.map((t) => `« ${t} »`).join(', ')}`,
      });
    }
    for (const field of ['rubrique', 'element'] as const) {
      if (step[field] !== undefined && step.fiche === undefined) {
        ctx.addIssue({ code: 'custom', path: [field], input: step[field], message: `le champ « ${field} » précise une fiche : il va avec un champ « fiche »` });
      }
    }
    if (step.rubrique !== undefined && step.element !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['element'], input: step.element, message: 'une étape renvoie soit à une rubrique, soit à un élément de liste de contrôle : gardez « rubrique » ou « element »' });
    }
  });
export type ParcoursStep = z.infer<typeof parcoursStepSchema>;

/** `content/parcours/<id>.yaml`: a situation in the reader's words and the ordered steps that answer it. */
export const parcoursSchema = z.strictObject({
  id: idSchema,
  ordre: z.number().int().min(1).max(99),
  titre: text(5, 'le titre'),
  /** The situation as a reader says it, between « … »: shown first, weighted in search. */
  situation: text(10, 'la situation'),
  /** Other ways readers put the same situation: weighted in search like an obstacle's formulations. */
  formulations: z.array(text(5, 'la formulation')).max(8, { message: 'au plus 8 formulations' }).default([]),
  pourQui: text(5, 'le public (« pourQui »)'),
  duree: text(3, 'la durée'),
  introduction: text(40, "l'introduction"),
  etapes: uniqueById(parcoursStepSchema, 3, 12, 'étapes'),
});
export type Parcours = z.infer<typeof parcoursSchema>;
