/**
 * The « Partager un retour d'expérience » form, without the DOM: from what a person typed to
 * the MDX file the kit accepts. Validation uses the same zod schema as the verifier, and the text
 * of the story is written literally (no sign in it can open a tag or an expression), so a file
 * this module produces passes `npm run verifier`.
 */
import { EXPERIENCE_ECHELLES, EXPERIENCE_RUBRIQUES } from '../../schemas/common.ts';
import { experienceSchema } from '../../schemas/experience.ts';
import { literalMdx } from '../content/mdx-text.ts';
import { PLACEHOLDER } from '../content/placeholders.ts';
import { yamlFolded, yamlIdList, yamlScalar } from '../content/yaml-text.ts';
import { slugify } from '../scaffold/slug.ts';
import { EXPERIENCE_HEADINGS } from '../scaffold/templates.ts';

export const ECHELLES = EXPERIENCE_ECHELLES;

/** The five parts of the story, in the order of the kit's retours d'expérience. */
export const EXPERIENCE_SECTIONS = [
  { key: 'contexte', title: EXPERIENCE_HEADINGS[0], required: true },
  { key: 'misEnPlace', title: EXPERIENCE_HEADINGS[1], required: true },
  { key: 'effets', title: EXPERIENCE_HEADINGS[2], required: true },
  { key: 'vigilance', title: EXPERIENCE_HEADINGS[3], required: true },
  { key: 'plusLoin', title: EXPERIENCE_HEADINGS[4], required: false },
] as const;
export type SectionKey = (typeof EXPERIENCE_SECTIONS)[number]['key'];

/** A part of the story needs at least this much text to say something. */
export const SECTION_MIN = 60;

export interface ExperienceFields {
  titre: string;
  rubrique: string;
  resume: string;
  dispositif: string;
  echelle: string;
  fiches: string[];
  references: string[];
  sections: Record<SectionKey, string>;
}

export type ExperienceField = Exclude<keyof ExperienceFields, 'sections'> | SectionKey;

export interface FieldError {
  field: ExperienceField;
  message: string;
}

export interface ExperienceFile {
  id: string;
  /** Where the file goes in the repository. */
  path: string;
  /** The file name alone, for a download. */
  fileName: string;
  text: string;
}

export function emptyExperience(): ExperienceFields {
  return {
    titre: '',
    rubrique: '',
    resume: '',
    dispositif: '',
    echelle: '',
    fiches: [],
    references: [],
    sections: { contexte: '', misEnPlace: '', effets: '', vigilance: '', plusLoin: '' },
  };
}

/** What a person means by the message, field by field, when zod's own words are too technical. */
const PLAIN: Partial<Record<ExperienceField, string>> = {
  rubrique: 'choisissez la rubrique qui correspond le mieux à cette expérience',
  echelle: "choisissez l'échelle de l'expérience",
  fiches: 'cochez au moins une fiche du kit que cette expérience illustre',
  references: 'cochez au moins une source réelle de la bibliographie',
};

/** Normalises typed text: Windows line ends, spaces at line ends, runs of blank lines. */
function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Checks a part of the story as the verifier would read it in the file. */
function checkSection(key: SectionKey, text: string, required: boolean): FieldError | undefined {
  if (!text) return required ? { field: key, message: 'cette partie est obligatoire' } : undefined;
  if (required && text.length < SECTION_MIN) {
    return { field: key, message: `cette partie est trop courte : au moins ${SECTION_MIN} caractères (une ou deux phrases)` };
  }
  const heading = text.split('\n').find((line) => /^\s{0,3}#{1,2}(\s|$)/.test(line));
  if (heading) return { field: key, message: 'les titres « # » et « ## » ne sont pas acceptés ici : la partie a déjà son titre (« ### » est possible)' };
  return undefined;
}

/** Validates every field at once; the file is produced only when nothing is left to fix. */
export function buildExperience(
  fields: ExperienceFields,
  existingIds: readonly string[] = [],
): { ok: true; file: ExperienceFile } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const data = {
    titre: fields.titre.replace(/\s+/g, ' ').trim(),
    rubrique: fields.rubrique,
    resume: tidy(fields.resume),
    dispositif: fields.dispositif.replace(/\s+/g, ' ').trim(),
    echelle: fields.echelle,
    fiches: fields.fiches,
    references: fields.references,
  };
  const parsed = experienceSchema.safeParse(data);
  if (!parsed.success) {
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as ExperienceField;
      if (seen.has(field)) continue;
      seen.add(field);
      const empty = data[field as keyof typeof data] === '' || (Array.isArray(data[field as keyof typeof data]) && (data[field as keyof typeof data] as string[]).length === 0);
      const message = PLAIN[field] ?? (empty ? 'ce champ est obligatoire' : issue.message);
      errors.push({ field, message });
    }
  }
  const id = slugify(data.titre);
  if (data.titre && !errors.some((e) => e.field === 'titre')) {
    if (!id) errors.push({ field: 'titre', message: 'le titre doit contenir des lettres' });
    else if (existingIds.includes(id)) errors.push({ field: 'titre', message: `un retour d'expérience porte déjà ce titre (« ${id} ») : précisez-le` });
  }
  const sections = {} as Record<SectionKey, string>;
  for (const { key, required } of EXPERIENCE_SECTIONS) {
    sections[key] = tidy(fields.sections[key]);
    const error = checkSection(key, sections[key], required);
    if (error) errors.push(error);
  }
  for (const field of ['titre', 'resume', 'dispositif'] as const) {
    if (data[field].includes(PLACEHOLDER) && !errors.some((e) => e.field === field)) errors.push({ field, message: `remplacez « ${PLACEHOLDER} » par votre texte` });
  }
  for (const { key } of EXPERIENCE_SECTIONS) {
    if (sections[key].includes(PLACEHOLDER) && !errors.some((e) => e.field === key)) errors.push({ field: key, message: `remplacez « ${PLACEHOLDER} » par votre texte` });
  }
  if (errors.length) return { ok: false, errors: sortErrors(errors) };
  return { ok: true, file: { id, path: `content/experiences/${id}.mdx`, fileName: `${id}.mdx`, text: experienceMdx({ ...data, sections }) } };
}

/** The order of the form, so the error summary reads top to bottom. */
export const FIELD_ORDER: ExperienceField[] = ['titre', 'rubrique', 'resume', 'dispositif', 'echelle', 'fiches', 'references', ...EXPERIENCE_SECTIONS.map((s) => s.key)];

function sortErrors(errors: FieldError[]): FieldError[] {
  return [...errors].sort((a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field));
}

/** The file as the kit writes it: header, then the five parts as `##` headings. */
export function experienceMdx(fields: Omit<ExperienceFields, 'sections'> & { sections: Record<SectionKey, string> }): string {
  const body = EXPERIENCE_SECTIONS.map(({ key, title }) => {
    let text = literalMdx(fields.sections[key]);
    if (key === 'plusLoin') {
      const links = fields.fiches.map((id) => `- <LienFiche id="${id}" />`).join('\n');
      text = [text, links].filter(Boolean).join('\n\n');
    }
    return text ? `## ${title}\n\n${text}\n` : '';
  })
    .filter(Boolean)
    .join('\n');
  return `---
titre: ${yamlScalar(fields.titre)}
rubrique: ${fields.rubrique}
resume: ${yamlFolded(fields.resume)}
dispositif: ${yamlScalar(fields.dispositif)}
echelle: ${fields.echelle}
fiches: ${yamlIdList(fields.fiches)}
references: ${yamlIdList(fields.references)}
---

${body}`;
}

export { EXPERIENCE_RUBRIQUES };

/** What a form's data offers (a `FormData`): one value, or every value of a name. */
export interface FormValues {
  get(name: string): unknown;
  getAll(name: string): unknown[];
}

/**
 * The fields as the form's controls hold them. The server draws the form empty and React takes it
 * over on the reader's first touch: what was typed or ticked in between is in the controls, not
 * in React's state, and is read back from them. `echelleName` is the name of the scale's radios.
 */
export function experienceFromForm(form: FormValues, echelleName: string): ExperienceFields {
  const one = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
  const all = (name: string) => form.getAll(name).filter((value): value is string => typeof value === 'string');
  return {
    titre: one('titre'),
    rubrique: one('rubrique'),
    resume: one('resume'),
    dispositif: one('dispositif'),
    echelle: one(echelleName),
    fiches: all('fiches'),
    references: all('references'),
    sections: Object.fromEntries(EXPERIENCE_SECTIONS.map(({ key }) => [key, one(key)])) as Record<SectionKey, string>,
  };
}
