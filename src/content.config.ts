import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  autoevaluationSchema,
  experienceSchema,
  ficheSchema,
  obstacleSchema,
  outilSchema,
  phaseSchema,
  referenceSchema,
  termeSchema,
  videoSchema,
} from './schemas/index.ts';

/** `07-animer-une-reunion.mdx` → `animer-une-reunion`: the number orders, the slug names. */
const ficheId = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '').replace(/^\d+-/, '');
const plainId = ({ entry }: { entry: string }) => entry.replace(/\.(mdx|ya?ml)$/, '');

export const collections = {
  phases: defineCollection({ loader: file('content/phases.yaml'), schema: phaseSchema }),
  fiches: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/fiches', generateId: ficheId }), schema: ficheSchema }),
  obstacles: defineCollection({ loader: file('content/obstacles.yaml'), schema: obstacleSchema }),
  outils: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/outils', generateId: plainId }), schema: outilSchema }),
  bibliographie: defineCollection({ loader: file('content/bibliographie.yaml'), schema: referenceSchema }),
  glossaire: defineCollection({ loader: file('content/glossaire.yaml'), schema: termeSchema }),
  experiences: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/experiences', generateId: plainId }), schema: experienceSchema }),
  videos: defineCollection({ loader: file('content/videos.yaml'), schema: videoSchema }),
  autoevaluations: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/autoevaluations', generateId: plainId }), schema: autoevaluationSchema }),
};
