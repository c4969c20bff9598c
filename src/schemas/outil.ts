import { z } from 'zod';
import { OUTIL_TYPES, idList, phaseIdSchema, text } from './common.ts';

/** A video is linked, never embedded: RGAA asks for its duration and a full transcript. */
export const videoSchema = z.strictObject({
  url: z.url({ protocol: /^https$/, message: 'adresse https complète attendue' }),
  duree: z.string().regex(/^\d{1,3} min(?: \d{1,2} s)?$/, { message: 'durée attendue sous la forme « 4 min 30 s »' }),
  editeur: text(2, "l'éditeur"),
  transcription: text(200, 'la transcription'),
});

export const outilSchema = z
  .strictObject({
    titre: text(5, 'le titre'),
    type: z.enum(OUTIL_TYPES),
    resume: text(30, 'le résumé'),
    quand: text(10, 'le moment (« quand »)'),
    pourQui: text(5, 'le public (« pourQui »)'),
    duree: text(3, 'la durée'),
    phases: z.array(phaseIdSchema).min(1, { message: 'au moins une phase attendue' }),
    fiches: idList(1, 'fiche(s)'),
    obstacles: idList(0, 'obstacles').default([]),
    references: idList(0, 'références').default([]),
    video: videoSchema.optional(),
  })
  .superRefine((outil, ctx) => {
    if (outil.type === 'video' && !outil.video) {
      ctx.addIssue({
        code: 'custom',
        path: ['video'],
        message: 'un outil de type « video » doit donner video.url, video.duree, video.editeur et video.transcription',
      });
    }
    if (outil.type !== 'video' && outil.video) {
      ctx.addIssue({ code: 'custom', path: ['video'], message: 'le champ « video » est réservé au type « video »' });
    }
  });
export type OutilData = z.infer<typeof outilSchema>;
