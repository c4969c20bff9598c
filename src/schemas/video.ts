import { z } from 'zod';
import { classifyMediaUrl, classifyUrl, type UrlVerdict } from '../lib/url-policy.ts';
import { idList, idSchema, text } from './common.ts';

/**
 * Films and videos of the kit, in `content/videos.yaml`. The kit either points to a film another
 * site publishes (`hebergement: lien`) or hosts a video itself (`hebergement: kit`); it never
 * embeds another site's player. A hosted video must be readable without sound or sight (RGAA:
 * captions and a full transcript); a linked film must be described in the kit's own words, with
 * the page that presents it and the public pages that vouch for what the kit says of it.
 */

export const HEBERGEMENTS = ['lien', 'kit'] as const;
export type Hebergement = (typeof HEBERGEMENTS)[number];

/** What a film can serve for: the kit's readers pick a film by the meeting they prepare. */
export const VIDEO_USAGES = ['reunion-equipe', 'formation', 'premiere-rencontre', 'instance', 'convaincre'] as const;
export type VideoUsage = (typeof VIDEO_USAGES)[number];

export const VIDEO_FILE_EXTENSIONS = ['mp4', 'webm'] as const;
export const CAPTION_FILE_EXTENSIONS = ['vtt'] as const;

/** « 32 min », « 4 min 30 s », « 1 h 53 min »: read aloud as written. */
export const DUREE_PATTERN = /^(?:\d{1,2} h(?: \d{1,2} min)?|\d{1,3} min(?: \d{1,2} s)?)$/;
const duree = z.string().trim().regex(DUREE_PATTERN, { message: 'durée attendue sous la forme « 32 min », « 4 min 30 s » ou « 1 h 53 min »' });

/** An address checked by the kit's one rule for addresses, then narrowed by `accept`. */
function address(accept: (verdict: UrlVerdict & { ok: true }) => string | undefined, classify: (raw: string) => UrlVerdict = classifyUrl) {
  return z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const verdict = classify(value);
      const refusal = verdict.ok ? accept(verdict) : verdict.reason;
      if (refusal) ctx.addIssue({ code: 'custom', message: refusal });
    });
}

/** The page of another site: a film's publisher, or a page that vouches for a fact. */
export const externalUrlSchema = address((verdict) =>
  verdict.kind === 'external' ? undefined : 'adresse complète d\'une page d\'un autre site attendue (https://… ou http://…)',
);
const mediaFile = (extensions: readonly string[]) => address(() => undefined, (raw) => classifyMediaUrl(raw, extensions));

const common = {
  id: idSchema,
  titre: text(3, 'le titre'),
  /** `false` when no source gives the film's exact title: the page then says the title is the kit's. */
  titreConnu: z.boolean().default(true),
  realisation: z.array(text(2, 'le nom')).min(1, { message: 'au moins une personne ou une organisation qui a fait le film attendue' }),
  annee: z.number().int().min(1900).max(2100).optional(),
  description: text(120, 'le texte de « description » (ce que montre le film, écrit avec vos mots)'),
  usages: z
    .array(z.enum(VIDEO_USAGES))
    .min(1, { message: 'au moins un usage attendu' })
    .refine((list) => new Set(list).size === list.length, { message: 'usage en double dans la liste' }),
  question: text(20, 'le texte de « question »'),
  fiches: idList(1, 'fiche(s)'),
  obstacles: idList(0, 'obstacles').default([]),
};

export const linkedVideoSchema = z.strictObject({
  hebergement: z.literal('lien'),
  ...common,
  duree: duree.optional(),
  /** The page that presents the film, on its publisher's site (or the closest to it). */
  presentation: z.strictObject({
    url: externalUrlSchema,
    site: text(2, 'le nom du site'),
  }),
  /** Public pages that attest the film and what the kit says of it (year, length, makers). */
  sources: z
    .array(externalUrlSchema)
    .min(1, { message: "au moins une page publique qui atteste l'existence du film et ce que le kit en dit" }),
});

export const hostedVideoSchema = z.strictObject({
  hebergement: z.literal('kit'),
  ...common,
  duree,
  fichier: mediaFile(VIDEO_FILE_EXTENSIONS),
  sousTitres: mediaFile(CAPTION_FILE_EXTENSIONS),
  transcription: text(200, 'le texte de « transcription » (tout ce qui est dit et montré)'),
});

export const videoSchema = z.discriminatedUnion('hebergement', [linkedVideoSchema, hostedVideoSchema], {
  error: (issue) =>
    issue.code === 'invalid_union'
      ? '« lien » (un film publié par un autre site, que le kit décrit) ou « kit » (une vidéo déposée dans le kit, avec sous-titres et transcription) attendu'
      : undefined,
});

export type LinkedVideo = z.infer<typeof linkedVideoSchema>;
export type HostedVideo = z.infer<typeof hostedVideoSchema>;
export type Video = z.infer<typeof videoSchema>;
