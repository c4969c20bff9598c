/**
 * Which schema validates each collection of the kit: Astro's content collections
 * (src/content.config.ts) and the verifier (verify.ts) read their entries with the same one.
 */
import type { z } from 'zod';
import {
  experienceSchema,
  ficheSchema,
  obstacleSchema,
  outilSchema,
  phaseSchema,
  questionnaireSchema,
  referenceSchema,
  termeSchema,
  videoSchema,
  nouveauteSchema,
  parcoursSchema,
} from '../../schemas/index.ts';
import type { CollectionName } from './kit-types.ts';

export const COLLECTION_SCHEMAS = {
  phases: phaseSchema,
  fiches: ficheSchema,
  obstacles: obstacleSchema,
  outils: outilSchema,
  references: referenceSchema,
  glossaire: termeSchema,
  experiences: experienceSchema,
  autoevaluations: questionnaireSchema,
  videos: videoSchema,
  nouveautes: nouveauteSchema,
  parcours: parcoursSchema,
} as const satisfies Record<CollectionName, z.ZodType>;
