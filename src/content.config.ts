import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { readYamlData } from './lib/content/yaml-source.ts';
import { yamlFolder } from './lib/content/yaml-loader.ts';
import { COLLECTION_SCHEMAS as schemas } from './lib/content/collection-schemas.ts';

/** `07-animer-une-reunion.mdx` → `animer-une-reunion`: the number orders, the slug names. */
const ficheId = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '').replace(/^\d+-/, '');
const plainId = ({ entry }: { entry: string }) => entry.replace(/\.(mdx|ya?ml)$/, '');
/** YAML lists read by the verifier's own reader (same options, same refusals), not Astro's. */
const yamlList = (path: string) => file(path, { parser: (text) => readYamlData(text, path) as Record<string, unknown>[] });

export const collections = {
  phases: defineCollection({ loader: yamlList('content/phases.yaml'), schema: schemas.phases }),
  fiches: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/fiches', generateId: ficheId }), schema: schemas.fiches }),
  obstacles: defineCollection({ loader: yamlList('content/obstacles.yaml'), schema: schemas.obstacles }),
  outils: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/outils', generateId: plainId }), schema: schemas.outils }),
  bibliographie: defineCollection({ loader: yamlList('content/bibliographie.yaml'), schema: schemas.references }),
  glossaire: defineCollection({ loader: yamlList('content/glossaire.yaml'), schema: schemas.glossaire }),
  experiences: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/experiences', generateId: plainId }), schema: schemas.experiences }),
  videos: defineCollection({ loader: yamlList('content/videos.yaml'), schema: schemas.videos }),
  nouveautes: defineCollection({ loader: yamlList('content/nouveautes.yaml'), schema: schemas.nouveautes }),
  autoevaluations: defineCollection({ loader: yamlFolder('content/autoevaluations'), schema: schemas.autoevaluations }),
  parcours: defineCollection({ loader: yamlFolder('content/parcours'), schema: schemas.parcours }),
};
