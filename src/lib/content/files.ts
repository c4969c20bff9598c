import type { CollectionName } from './kit-types.ts';

/**
 * Where each collection lives in the repository: the file of a YAML list, the folder of MDX
 * entries. Error messages name it, and « Proposer une modification » links to it.
 */
export const CONTENT_FILES: Record<CollectionName, string> = {
  phases: 'content/phases.yaml',
  fiches: 'content/fiches',
  obstacles: 'content/obstacles.yaml',
  outils: 'content/outils',
  references: 'content/bibliographie.yaml',
  glossaire: 'content/glossaire.yaml',
  experiences: 'content/experiences',
  autoevaluations: 'content/autoevaluations',
  videos: 'content/videos.yaml',
  nouveautes: 'content/nouveautes.yaml',
  parcours: 'content/parcours',
};
