import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { readYamlData } from './lib/content/yaml-source.ts';
import { yamlFolder } from './lib/content/yaml-loader.ts';
import {
  questionnaireSchema,
  experienceSchema,
  ficheSchema,
  obstacleSchema,
  outilSchema,
  parcoursSchema,
  phaseSchema,
  referenceSchema,
  termeSchema,
  videoSchema,
} from './schemas/index.ts';

/** `07-animer-une-reunion.mdx` → `animer-une-reunion`: the number orders, the slug names. */
const ficheId = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '').replace(/^\d+-/, '');
const plainId = ({ entry }: { entry: string }) => entry.replace(/\.(mdx|ya?ml)$/, '');
/** YAML lists read by the verifier's own reader (same options, same refusals), not Astro's. */
const yamlList = (path: string) => file(path, { parser: (text) => readYamlData(text, path) as Record<string, unknown>[] });

export const collections = {
  phases: defineCollection({ loader: yamlList('content/phases.yaml'), schema: phaseSchema }),
  fiches: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/fiches', generateId: ficheId }), schema: ficheSchema }),
  obstacles: defineCollection({ loader: yamlList('content/obstacles.yaml'), schema: obstacleSchema }),
  outils: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/outils', generateId: plainId }), schema: outilSchema }),
  bibliographie: defineCollection({ loader: yamlList('content/bibliographie.yaml'), schema: referenceSchema }),
  glossaire: defineCollection({ loader: yamlList('content/glossaire.yaml'), schema: termeSchema }),
  experiences: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/experiences', generateId: plainId }), schema: experienceSchema }),
  videos: defineCollection({ loader: yamlList('content/videos.yaml'), schema: videoSchema }),
  autoevaluations: defineCollection({ loader: yamlFolder('content/autoevaluations'), schema: questionnaireSchema }),
  parcours: defineCollection({ loader: yamlFolder('content/parcours'), schema: parcoursSchema }),
};
