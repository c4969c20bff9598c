/**
 * The starting files `npm run nouveau` writes. Guidance lives in two valid forms: YAML
 * comments in the header (never shown on the site) and « À REMPLIR : … » text where the
 * contributor must write, which the verifier refuses until it is replaced.
 */
import { EXPERIENCE_RUBRIQUES, FICHE_RUBRICS, OBSTACLE_FAMILIES, OUTIL_TYPES, PHASE_IDS, REFERENCE_TYPES } from '../../schemas/index.ts';
import { PLACEHOLDER } from '../content/placeholders.ts';
import { yamlScalar } from '../content/yaml-text.ts';

const todo = (guidance: string) => `${PLACEHOLDER} : ${guidance}`;
/** A placeholder as a YAML value: quoted, since guidance holds « : ». */
const todoValue = (guidance: string) => JSON.stringify(todo(guidance));
const choices = (values: readonly string[]) => values.join(', ');

export const EXPERIENCE_HEADINGS = ['Le contexte', 'Ce qui a été mis en place', 'Ce que cela change', 'Points de vigilance', 'Pour aller plus loin'] as const;
export const OUTIL_HEADINGS = ["Mode d'emploi", "L'outil", 'Points de vigilance'] as const;

export interface FicheTemplate {
  numero: number;
  titre: string;
  phase: string;
}

export function ficheTemplate({ numero, titre, phase }: FicheTemplate): string {
  const facteurs = ['premier', 'deuxieme', 'troisieme', 'quatrieme', 'cinquieme']
    .map((rank) => `  - id: ${rank}-facteur\n    texte: ${todoValue('un point à vérifier, en une phrase')}`)
    .join('\n');
  const [pourquoi, comment, outils, facteursTitle] = FICHE_RUBRICS;
  return `---
numero: ${numero}
titre: ${yamlScalar(titre)}
phase: ${phase}
# « L'essentiel » : 40 à 90 mots simples, des phrases courtes (15 mots en moyenne).
essentiel: >-
  ${todo('ce que la fiche aide à faire et pourquoi, sans jargon, pour une personne qui lit peu.')}
# Au moins un frein de content/obstacles.yaml (son « id »).
obstacles:
  - ${todoValue("identifiant d'un frein, par exemple manque-de-temps")}
# Au moins deux outils : le nom de leur fichier dans content/outils/, sans « .mdx ».
outils:
  - ${todoValue("identifiant d'un outil")}
  - ${todoValue("identifiant d'un deuxième outil")}
# Au moins une autre fiche : le nom de son fichier sans le numéro ni « .mdx ».
fichesLiees:
  - ${todoValue("identifiant d'une fiche liée")}
# Au moins deux références de content/bibliographie.yaml (leur « id »).
references:
  - ${todoValue("identifiant d'une référence")}
  - ${todoValue("identifiant d'une deuxième référence")}
# De 5 à 10 points à vérifier. Chaque « id » : minuscules sans accent et tirets, unique dans la fiche.
facteursCles:
${facteurs}
---

## ${pourquoi}

${todo("au moins 150 mots. Les enjeux de cette étape ; nommez les objections qu'elle rencontre et répondez-y. Un encadré `<Exemple titre=\"…\">` ou `<Attention>` est bienvenu.")}

## ${comment}

${todo('au moins 150 mots, dont une liste numérotée de 4 à 8 étapes concrètes.')}

1. **${todo("titre de l'étape.")}** Qui fait quoi, quand, avec quoi.
2. **${todo("titre de l'étape.")}** Qui fait quoi, quand, avec quoi.
3. **${todo("titre de l'étape.")}** Qui fait quoi, quand, avec quoi.
4. **${todo("titre de l'étape.")}** Qui fait quoi, quand, avec quoi.

## ${outils}

${todo('au moins 150 mots. Présentez au moins deux outils avec `<LienOutil id="identifiant" />` et dites quand et pour qui chacun sert.')}

## ${facteursTitle}

${todo("au moins 60 mots d'introduction. Les points de « facteursCles » s'affichent juste après ce texte : ne les répétez pas.")}
`;
}

export interface OutilTemplate {
  titre: string;
  type?: string;
  phase?: string;
}

export function outilTemplate({ titre, type, phase }: OutilTemplate): string {
  const [emploi, outil, vigilance] = OUTIL_HEADINGS;
  return `---
titre: ${yamlScalar(titre)}
type: ${type ?? todoValue(`un type parmi ${choices(OUTIL_TYPES)}`)}
resume: >-
  ${todo("à quoi sert l'outil, en une ou deux phrases.")}
quand: ${todoValue("le moment de la démarche où l'on s'en sert")}
pourQui: ${todoValue("qui s'en sert : l'équipe, l'animatrice ou l'animateur, les personnes…")}
duree: ${todoValue('le temps nécessaire, par exemple 1 heure')}
# Une ou plusieurs phases parmi ${PHASE_IDS.join(', ')}.
phases:
  - ${phase ?? todoValue(`une phase parmi ${PHASE_IDS.join(', ')}`)}
# Au moins une fiche qui utilise cet outil (le nom de son fichier sans le numéro ni « .mdx »).
fiches:
  - ${todoValue("identifiant d'une fiche")}
# Facultatif : les freins (content/obstacles.yaml) que l'outil aide à lever, par exemple [jargon].
obstacles: []
# Facultatif : les références (content/bibliographie.yaml) sur lesquelles l'outil s'appuie.
references: []
---

## ${emploi}

${todo("80 à 250 mots. Comment se servir de l'outil, étape par étape, et comment l'adapter.")}

## ${outil}

${todo("l'outil lui-même, complet et prêt à imprimer : un modèle avec ses lignes à remplir (« Réponse : \\________ »), une trame en tableau (Durée, Séquence, Ce qu'on fait, Matériel), une grille, une charte ou un argumentaire.")}

## ${vigilance}

- ${todo("de 2 à 5 points d'attention. Cette rubrique est facultative : supprimez-la si vous n'en avez pas.")}
`;
}

export interface ExperienceTemplate {
  titre: string;
  rubrique?: string;
  echelle?: string;
}

export function experienceTemplate({ titre, rubrique, echelle }: ExperienceTemplate): string {
  const guidance: Record<(typeof EXPERIENCE_HEADINGS)[number], string> = {
    'Le contexte': "qui, où (à l'échelle que la source permet), quand, et pourquoi la démarche a commencé.",
    'Ce qui a été mis en place': 'ce qui a été fait, par qui, avec quels moyens.',
    'Ce que cela change': 'ce que la source dit des effets, sans chiffre qui ne soit pas dans la source.',
    'Points de vigilance': 'les difficultés rencontrées et ce qu\'il faut prévoir.',
    'Pour aller plus loin': 'les fiches et les outils du kit qui prolongent cette expérience, par exemple `<LienFiche id="rendre-compte" />`.',
  };
  return `---
titre: ${yamlScalar(titre)}
# La rubrique du livret sur les conseils citoyens : ${choices(EXPERIENCE_RUBRIQUES)}.
rubrique: ${rubrique ?? todoValue(`une rubrique parmi ${choices(EXPERIENCE_RUBRIQUES)}`)}
resume: >-
  ${todo("l'expérience en une ou deux phrases.")}
dispositif: ${todoValue('le dispositif réel, par exemple Conseils citoyens (loi du 21 février 2014)')}
echelle: ${echelle ?? todoValue('nationale, regionale, departementale ou locale')}
# Au moins une fiche du kit que cette expérience illustre.
fiches:
  - ${todoValue("identifiant d'une fiche")}
# Au moins une source réelle de content/bibliographie.yaml. Rien d'inventé : ni lieu, ni chiffre, ni citation.
references:
  - ${todoValue("identifiant d'une référence")}
---

${EXPERIENCE_HEADINGS.map((heading) => `## ${heading}\n\n${todo(guidance[heading])}\n`).join('\n')}`;
}

export interface ReferenceTemplate {
  id: string;
  titre: string;
  type?: string;
}

/** One entry to append to content/bibliographie.yaml. */
export function referenceEntry({ id, titre, type }: ReferenceTemplate): string {
  return `- id: ${id}
  type: ${type ?? todoValue(`un type parmi ${REFERENCE_TYPES.join(', ')}`)}
  auteurs:
    - ${todoValue("autrice, auteur ou institution, écrit comme sur l'ouvrage")}
  titre: ${yamlScalar(titre)}
  # Obligatoire, sauf pour le type « outil ».
  annee: ${todoValue('année de publication, par exemple 2016')}
  # Facultatifs, seulement si vous en êtes sûre ou sûr : editeur, conteneur (revue, collection),
  # url (adresse réelle et stable), langue (code à deux lettres si ce n'est pas le français).
  apport: >-
    ${todo("15 à 45 mots, avec vos mots : ce que ce travail apporte à une personne qui mène une démarche.")}
`;
}

export interface ObstacleTemplate {
  id: string;
  titre: string;
  famille?: string;
}

/** One entry to append to content/obstacles.yaml. */
export function obstacleEntry({ id, titre, famille }: ObstacleTemplate): string {
  return `- id: ${id}
  libelle: ${yamlScalar(titre)}
  famille: ${famille ?? todoValue(`une famille parmi ${OBSTACLE_FAMILIES.join(', ')}`)}
  objection: ${todoValue("la phrase telle qu'on l'entend, entre guillemets « … »")}
  reponse: >-
    ${todo('60 à 150 mots. Une réponse argumentée, respectueuse et concrète, qui dit quoi faire.')}
  # Au moins une fiche qui aide à lever ce frein.
  fiches:
    - ${todoValue("identifiant d'une fiche")}
  # Facultatif : les outils pour en parler, par exemple [argumentaire-personnes].
  outils: []
`;
}
