import { z } from 'zod';
import { parcoursSchema, questionnaireSchema, checklistItemSchema, ficheSchema, obstacleSchema, outilSchema, phaseSchema, referenceSchema, termeSchema, experienceSchema, idSchema, hostedVideoSchema, linkedVideoSchema } from './index.ts';

/**
 * The shape of /donnees/kit.json, built from the content schemas so that both stay in step.
 * `page` is the address of the item's page on the site; `pdf` the address of its PDF, `odt` and
 * `docx` those of its editable copies.
 */
const page = z.string().min(1).describe("Adresse de la page de l'élément sur le site");
/** Date of the last commit that touched the entry's content file; null when the build had no history. */
const misAJour = z.iso.datetime({ offset: true }).nullable().describe('Date de la dernière modification du fichier de contenu (historique git), ou null si elle est inconnue');
/**
 * A text of the kit, twice: Markdown without any component (CommonMark with GFM tables and
 * footnotes; kit links and glossary terms as links, callouts as block quotes with their label)
 * and the same text as HTML, sanitised (no raw HTML from content, every text escaped).
 */
const textField = z
  .strictObject({
    markdown: z.string().describe('Le texte en Markdown (CommonMark et tableaux GFM), sans composant MDX'),
    html: z.string().describe('Le même texte en HTML, sans script ni style'),
  })
  .describe('Un texte du kit, en Markdown et en HTML');
const rubrique = z.strictObject({ titre: z.string(), texte: textField });
const editable = {
  odt: z.string().min(1).describe('Adresse du document modifiable au format ODT (LibreOffice)'),
  docx: z.string().min(1).describe('Adresse du document modifiable au format DOCX (Word)'),
};
/** A hosted video's files are published as addresses (absolute when the site's is known), like `page`. */
const mediaAddress = z.string().min(1).describe("Adresse d'un fichier servi par le site");
const video = z.discriminatedUnion('hebergement', [
  linkedVideoSchema.extend({ page }),
  hostedVideoSchema.extend({ page, fichier: mediaAddress, sousTitres: mediaAddress }),
]);

export const kitJsonSchema = z
  .strictObject({
    format: z.literal(2).describe('Version du format ; elle change seulement si le format change de façon incompatible'),
    titre: z.string(),
    licence: z.string(),
    site: z.string().describe('Adresse de base du site'),
    telechargements: z.strictObject({ pdf: z.string().min(1), ...editable }).describe('Le kit complet en un seul document : PDF, ODT et DOCX'),
    phases: z.array(phaseSchema.extend({ page, fiches: z.array(idSchema) })),
    fiches: z.array(
      ficheSchema.omit({ facteursCles: true, etapes: true }).extend({
        id: idSchema,
        page,
        pdf: z.string(),
        ...editable,
        rubriques: z.array(rubrique).length(4),
        facteursCles: z.array(checklistItemSchema),
        misAJour,
      }),
    ),
    obstacles: z.array(obstacleSchema.extend({ page, misAJour })),
    outils: z.array(outilSchema.extend({ id: idSchema, page, pdf: z.string(), ...editable, texte: textField, misAJour })),
    references: z.array(referenceSchema.extend({ page })),
    glossaire: z.array(termeSchema.extend({ page })),
    experiences: z.array(experienceSchema.extend({ id: idSchema, page, texte: textField, misAJour })),
    autoevaluations: z.array(z.intersection(questionnaireSchema, z.object({ page }))),
    parcours: z.array(parcoursSchema.extend({ page, pdf: z.string(), ...editable, misAJour })).describe("Parcours par situation : une situation dite avec les mots du lecteur, et les étapes du kit qui y répondent, dans l'ordre"),
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
