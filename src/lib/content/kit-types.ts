import type {
  Questionnaire,
  ExperienceData,
  FicheData,
  Obstacle,
  OutilData,
  Parcours,
  Phase,
  Reference,
  Terme,
  Video,
  Nouveaute,
} from '../../schemas/index.ts';

/** An MDX entry: validated frontmatter plus its raw body. */
export interface MdxEntry<T> {
  id: string;
  /** Path from the repository root, e.g. `content/fiches/01-realiser-un-etat-des-lieux.mdx`. */
  file: string;
  data: T;
  body: string;
  /** Line of the body's first line in the file (for error messages). */
  bodyLine?: number;
  /** Headings as the MDX parser read them, with file lines; set by the verifier. */
  headings?: { depth: number; text: string; line: number }[];
}

/** Every collection as loaded and schema-validated, before any join. */
export interface RawKit {
  phases: Phase[];
  fiches: MdxEntry<FicheData>[];
  obstacles: Obstacle[];
  outils: MdxEntry<OutilData>[];
  references: Reference[];
  glossaire: Terme[];
  experiences: MdxEntry<ExperienceData>[];
  autoevaluations: Questionnaire[];
  videos: Video[];
  /** content/nouveautes.yaml: what changed, newest first once joined. */
  nouveautes: Nouveaute[];
  parcours: Parcours[];
}

export type CollectionName = keyof RawKit;

/** Where a field of an entry lives, for error messages. */
export type Locate = (
  collection: CollectionName,
  id: string,
  path: (string | number)[],
  /** Which entry when several share the id: 0 for the first. */
  occurrence?: number,
) => { file: string; line?: number };
