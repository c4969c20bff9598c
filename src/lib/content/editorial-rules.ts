/**
 * The kit's editorial rules, as verifier rules: each names what it asks in French (the table of
 * CONTRIBUTING.md lists exactly these labels, and a test keeps them equal) and reports every
 * entry that breaks it, with its file and line. None of them counts today's kit: a contributor
 * may add, remove or reorder fiches, outils and references without breaking a rule.
 */
import { OBSTACLE_FAMILIES } from '../../schemas/common.ts';
import type { Locate, RawKit } from './kit-types.ts';
import { averageSentenceLength, countWords } from '../text.ts';
import { splitSections } from './headings.ts';
import type { ComponentUse } from './mdx-tree.ts';
import type { Problem } from './problems.ts';

export interface RuleInput {
  raw: RawKit;
  locate: Locate;
  /** Kit components used in each MDX file, with their lines. */
  components: ReadonlyMap<string, readonly ComponentUse[]>;
}

export interface EditorialRule {
  /** What the rule asks, as CONTRIBUTING.md says it. */
  label: string;
  /**
   * `entry`: judged on each entry alone. `kit`: judged across collections, which only makes
   * sense once every entry could be read (a fiche with a broken header cites no outil).
   */
  scope: 'entry' | 'kit';
  check(input: RuleInput): Problem[];
}

const between = (count: number, min: number, max: number) => count >= min && count <= max;
const checklistWords = (items: readonly { texte: string; detail?: string | undefined }[]) => items.reduce((n, item) => n + countWords(`${item.texte} ${item.detail ?? ''}`), 0);

/** The line of a `##` section in its file. */
const sectionLine = (bodyLine: number | undefined, line: number) => (bodyLine ?? 1) + line - 1;

const KIT_RULES: readonly EditorialRule[] = [
  {
    label: "« L'essentiel » d'une fiche : 40 à 90 mots, en phrases de 15 mots ou moins en moyenne",
    scope: 'entry',
    check: ({ raw, locate }) =>
      raw.fiches.flatMap((fiche) => {
        const words = countWords(fiche.data.essentiel);
        const average = averageSentenceLength(fiche.data.essentiel);
        const where = locate('fiches', fiche.id, ['essentiel']);
        const problems: Problem[] = [];
        if (!between(words, 40, 90)) problems.push({ ...where, message: `« L'essentiel » compte ${words} mots : entre 40 et 90 attendus` });
        if (average > 15) problems.push({ ...where, message: `« L'essentiel » a des phrases de ${average.toFixed(1)} mots en moyenne : 15 au plus, coupez les phrases longues` });
        return problems;
      }),
  },
  {
    label: 'Chaque rubrique d\'une fiche : au moins 150 mots (les points de la liste de contrôle comptent dans la dernière)',
    scope: 'entry',
    check: ({ raw }) =>
      raw.fiches.flatMap((fiche) =>
        splitSections(fiche.body).flatMap((section, index, all) => {
          const words = countWords(section.content) + (index === all.length - 1 ? checklistWords(fiche.data.facteursCles) : 0);
          return words >= 150 ? [] : [{ file: fiche.file, line: sectionLine(fiche.bodyLine, section.line), message: `la rubrique « ${section.title} » compte ${words} mots : au moins 150 attendus` }];
        }),
      ),
  },
  {
    label: 'Une fiche entière : 900 à 1 700 mots',
    scope: 'entry',
    check: ({ raw, locate }) =>
      raw.fiches.flatMap((fiche) => {
        const total = countWords(fiche.body) + countWords(fiche.data.essentiel) + checklistWords(fiche.data.facteursCles);
        return between(total, 900, 1700) ? [] : [{ ...locate('fiches', fiche.id, ['titre']), message: `la fiche compte ${total} mots : entre 900 et 1 700 attendus` }];
      }),
  },
  {
    label: '« Comment procéder ? » : au moins quatre étapes numérotées (1., 2., …)',
    scope: 'entry',
    check: ({ raw }) =>
      raw.fiches.flatMap((fiche) => {
        const section = splitSections(fiche.body)[1];
        if (!section) return [];
        const steps = section.content.match(/^\d+\.\s/gm)?.length ?? 0;
        return steps >= 4 ? [] : [{ file: fiche.file, line: sectionLine(fiche.bodyLine, section.line), message: `« ${section.title} » donne ${steps} étape(s) numérotée(s) : au moins 4 attendues` }];
      }),
  },
  {
    label: '« Quels sont les outils disponibles ? » présente au moins deux outils (<LienOutil />), tous cités dans le champ « outils »',
    scope: 'entry',
    check: ({ raw, components }) =>
      raw.fiches.flatMap((fiche) => {
        const sections = splitSections(fiche.body);
        const section = sections[2];
        if (!section) return [];
        const start = sectionLine(fiche.bodyLine, section.line);
        const end = sections[3] ? sectionLine(fiche.bodyLine, sections[3].line) : Infinity;
        const uses = (components.get(fiche.file) ?? []).filter((use) => use.name === 'LienOutil' && use.line > start && use.line < end);
        const problems: Problem[] = [];
        const ids = new Set(uses.map((use) => use.attributes.id ?? ''));
        if (ids.size < 2) problems.push({ file: fiche.file, line: start, message: `« ${section.title} » présente ${ids.size} outil(s) avec <LienOutil id="…" /> : au moins 2 attendus` });
        for (const use of uses) {
          const id = use.attributes.id ?? '';
          if (!fiche.data.outils.includes(id)) problems.push({ file: fiche.file, line: use.line, message: `l'outil « ${id} » est présenté ici mais absent du champ « outils » de l'en-tête` });
        }
        return problems;
      }),
  },
  {
    label: 'Un outil est cité par au moins une fiche, et chaque fiche cite au moins deux outils',
    scope: 'kit',
    check: ({ raw, locate }) => [
      ...raw.fiches.filter((fiche) => fiche.data.outils.length < 2).map((fiche) => ({ ...locate('fiches', fiche.id, ['outils']), message: 'une fiche cite au moins deux outils dans le champ « outils »' })),
      ...raw.outils
        .filter((outil) => !raw.fiches.some((fiche) => fiche.data.outils.includes(outil.id)) && outil.data.fiches.length === 0)
        .map((outil) => ({ ...locate('outils', outil.id, ['fiches']), message: 'aucune fiche ne cite cet outil : citez-le dans le champ « outils » d\'une fiche, ou nommez ses fiches dans « fiches »' })),
    ],
  },
  {
    label: "Un outil est écrit en entier sous « ## L'outil » (au moins 150 mots)",
    scope: 'entry',
    check: ({ raw }) =>
      raw.outils.flatMap((outil) => {
        const section = splitSections(outil.body).find((s) => s.title === "L'outil");
        if (!section) return [{ file: outil.file, line: outil.bodyLine, message: "section « ## L'outil » manquante : c'est là que l'outil est écrit en entier, prêt à l'emploi" }];
        const words = countWords(section.content);
        return words >= 150 ? [] : [{ file: outil.file, line: sectionLine(outil.bodyLine, section.line), message: `« L'outil » compte ${words} mots : au moins 150 attendus` }];
      }),
  },
  {
    label: 'Un frein : une objection entre guillemets « … » et une réponse argumentée de 60 à 150 mots',
    scope: 'entry',
    check: ({ raw, locate }) =>
      raw.obstacles.flatMap((obstacle) => {
        const problems: Problem[] = [];
        const words = countWords(obstacle.reponse);
        if (!between(words, 60, 150)) problems.push({ ...locate('obstacles', obstacle.id, ['reponse']), message: `la réponse compte ${words} mots : entre 60 et 150 attendus` });
        if (!/«.+»/.test(obstacle.objection)) problems.push({ ...locate('obstacles', obstacle.id, ['objection']), message: "l'objection s'écrit entre guillemets français, telle qu'on l'entend : « … »" });
        return problems;
      }),
  },
  {
    label: 'Chaque famille de freins a au moins un argumentaire qui lui répond',
    scope: 'kit',
    check: ({ raw }) => {
      const argued = new Set(
        raw.outils
          .filter((outil) => outil.data.type === 'argumentaire')
          .flatMap((outil) => raw.obstacles.filter((o) => outil.data.obstacles.includes(o.id) || o.outils.includes(outil.id)).map((o) => o.famille)),
      );
      return OBSTACLE_FAMILIES.filter((famille) => raw.obstacles.some((o) => o.famille === famille) && !argued.has(famille)).map((famille) => ({
        file: 'content/obstacles.yaml',
        message: `aucun outil de type « argumentaire » ne répond aux freins de la famille « ${famille} »`,
      }));
    },
  },
  {
    label: 'Une référence de la bibliographie est citée par une fiche, un outil ou un retour d\'expérience',
    scope: 'kit',
    check: ({ raw, locate }) => {
      const cited = new Set([...raw.fiches, ...raw.outils, ...raw.experiences].flatMap((entry) => entry.data.references));
      return raw.references.filter((ref) => !cited.has(ref.id)).map((ref) => ({ ...locate('references', ref.id, ['id']), message: `la référence « ${ref.id} » n'est citée nulle part : citez-la dans le champ « references » d'une fiche, d'un outil ou d'un retour d'expérience, ou retirez-la` }));
    },
  },
  {
    label: 'Un terme du glossaire : une définition de 20 à 60 mots',
    scope: 'entry',
    check: ({ raw, locate }) =>
      raw.glossaire.flatMap((terme) => {
        const words = countWords(terme.definition);
        return between(words, 20, 60) ? [] : [{ ...locate('glossaire', terme.id, ['definition']), message: `la définition compte ${words} mots : entre 20 et 60 attendus` }];
      }),
  },
  {
    label: 'Un film : une description de 40 à 110 mots, en phrases de 15 mots ou moins en moyenne',
    scope: 'entry',
    check: ({ raw, locate }) =>
      raw.videos.flatMap((video) => {
        const words = countWords(video.description);
        const average = averageSentenceLength(video.description);
        const where = locate('videos', video.id, ['description']);
        const problems: Problem[] = [];
        if (!between(words, 40, 110)) problems.push({ ...where, message: `la description compte ${words} mots : entre 40 et 110 attendus` });
        if (average > 15) problems.push({ ...where, message: `la description a des phrases de ${average.toFixed(1)} mots en moyenne : 15 au plus, coupez les phrases longues` });
        return problems;
      }),
  },
  {
    label: "Une affirmation du quiz « idées reçues » est expliquée en 30 à 80 mots",
    scope: 'entry',
    check: ({ raw, locate }) =>
      raw.autoevaluations.flatMap((questionnaire) =>
        questionnaire.type === 'autoevaluation'
          ? []
          : questionnaire.affirmations.flatMap((affirmation, index) => {
              const words = countWords(affirmation.explication);
              return between(words, 30, 80) ? [] : [{ ...locate('autoevaluations', questionnaire.id, ['affirmations', index, 'explication']), message: `l'explication de « ${affirmation.id} » compte ${words} mots : entre 30 et 80 attendus` }];
            }),
      ),
  },
];

/** Every text of a parcours a reader goes through, for the sentence-length rule. */
const parcoursTexts = (parcours: RawKit['parcours'][number]) => [parcours.introduction, ...parcours.etapes.flatMap((step) => [step.titre, step.pourquoi, step.retenir])].join(' ');

const PARCOURS_RULES: readonly EditorialRule[] = [
  {
    label: 'Un parcours : la situation entre guillemets « … », telle que la lectrice ou le lecteur la dit',
    scope: 'entry',
    check: ({ raw, locate }) =>
      raw.parcours
        .filter((parcours) => !/^«.+»$/s.test(parcours.situation))
        .map((parcours) => ({ ...locate('parcours', parcours.id, ['situation']), message: "la situation s'écrit entre guillemets français, avec les mots de la personne qui la vit : « … »" })),
  },
  {
    label: 'Un parcours passe par au moins quatre fiches ou outils différents',
    scope: 'entry',
    check: ({ raw, locate }) =>
      raw.parcours.flatMap((parcours) => {
        const used = new Set(parcours.etapes.flatMap((step) => [step.fiche && `fiche:${step.fiche}`, step.outil && `outil:${step.outil}`].filter(Boolean)));
        return used.size >= 4 ? [] : [{ ...locate('parcours', parcours.id, ['etapes']), message: `le parcours passe par ${used.size} fiche(s) ou outil(s) différents : au moins 4 attendus` }];
      }),
  },
  {
    label: "Un parcours : l'introduction et les étapes en phrases de 15 mots ou moins en moyenne",
    scope: 'entry',
    check: ({ raw, locate }) =>
      raw.parcours.flatMap((parcours) => {
        const average = averageSentenceLength(parcoursTexts(parcours));
        return average <= 15 ? [] : [{ ...locate('parcours', parcours.id, ['introduction']), message: `les textes du parcours ont des phrases de ${average.toFixed(1)} mots en moyenne : 15 au plus, coupez les phrases longues` }];
      }),
  },
];

/** Every rule, in the order of CONTRIBUTING.md's table. */
export const EDITORIAL_RULES: readonly EditorialRule[] = [...KIT_RULES, ...PARCOURS_RULES];

export function checkEditorialRules(input: RuleInput, { complete }: { complete: boolean }): Problem[] {
  return EDITORIAL_RULES.filter((rule) => complete || rule.scope === 'entry').flatMap((rule) => rule.check(input));
}
