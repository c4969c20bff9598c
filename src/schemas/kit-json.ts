import { z } from 'zod';
import { parcoursSchema, questionnaireSchema, checklistItemSchema, ficheSchema, obstacleSchema, outilSchema, phaseSchema, referenceSchema, termeSchema, experienceSchema, idSchema, hostedVideoSchema, linkedVideoSchema } from './index.ts';

/**
 * The shape of /donnees/kit.json, built from the content schemas so that both stay in step.
 * `page` is the address of the item's page on the site; `pdf` the address of its PDF.
 */
const page = z.string().min(1).describe("Adresse de la page de l'élément sur le site");
const rubrique = z.strictObject({ titre: z.string(), texte: z.string().describe('Texte de la rubrique, en Markdown') });
/** A hosted video's files are published as addresses (absolute when the site's is known), like `page`. */
const mediaAddress = z.string().min(1).describe("Adresse d'un fichier servi par le site");
const video = z.discriminatedUnion('hebergement', [
  linkedVideoSchema.extend({ page }),
  hostedVideoSchema.extend({ page, fichier: mediaAddress, sousTitres: mediaAddress }),
]);

export const kitJsonSchema = z
  .strictObject({
    format: z.literal(1).describe('Version du format ; elle change seulement si le format change de façon incompatible'),
    titre: z.string(),
    licence: z.string(),
    site: z.string().describe('Adresse de base du site'),
    phases: z.array(phaseSchema.extend({ page, fiches: z.array(idSchema) })),
    fiches: z.array(
      ficheSchema.omit({ facteursCles: true, etapes: true }).extend({
        id: idSchema,
        page,
        pdf: z.string(),
        rubriques: z.array(rubrique).length(4),
        facteursCles: z.array(checklistItemSchema),
      }),
    ),
    obstacles: z.array(obstacleSchema.extend({ page })),
    outils: z.array(outilSchema.extend({ id: idSchema, page, pdf: z.string(), texte: z.string() })),
    references: z.array(referenceSchema.extend({ page })),
    glossaire: z.array(termeSchema.extend({ page })),
    experiences: z.array(experienceSchema.extend({ id: idSchema, page, texte: z.string() })),
    autoevaluations: z.array(z.intersection(questionnaireSchema, z.object({ page }))),
    parcours: z.array(parcoursSchema.extend({ page, pdf: z.string() })).describe("Parcours par situation : une situation dite avec les mots du lecteur, et les étapes du kit qui y répondent, dans l'ordre"),
    videos: z.array(video).describe('Films sur la participation : décrits et reliés (lien), ou hébergés avec sous-titres et transcription (kit)'),
  })
  .describe('Le Kit de la participation citoyenne aux politiques de solidarité, en données ouvertes');

export type KitJson = z.infer<typeof kitJsonSchema>;

export function kitJsonSchemaDocument(): Record<string, unknown> {
  return {
    $id: 'kit.schema.json',
    title: 'Kit de la participation citoyenne — données',
    ...z.toJSONSchema(kitJsonSchema, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' }),
  };
}
