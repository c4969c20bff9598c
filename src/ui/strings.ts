/** Every UI string of the site, in French, in one place (as Starlight keeps its translations). */
import type { OutilType } from '../schemas/index.ts';

export const ui = {
  siteName: 'Kit de la participation citoyenne',
  siteSubtitle: 'aux politiques de solidarité',
  siteDescription:
    "Une boîte à outils pour associer les personnes concernées à la conception, à la mise en œuvre et à l'évaluation des politiques de solidarité : 12 fiches, des outils prêts à l'emploi, des réponses aux freins.",
  skipLink: 'Aller au contenu',
  mainNav: 'Navigation principale',
  breadcrumb: "Fil d'Ariane",
  home: 'Accueil',
  searchLabel: 'Rechercher dans le kit',
  searchButton: 'Rechercher',
  searchPlaceholder: 'Ex. : frais de transport',
  footerNav: 'Liens de pied de page',
  essentiel: "L'essentiel",
  phase: 'Phase',
  fiche: 'Fiche',
  fiches: 'Fiches',
  outils: 'Outils',
  obstacles: 'Freins et réponses',
  bibliographie: 'Bibliographie',
  glossaire: 'Glossaire',
  experiences: "Retours d'expérience",
  autoevaluation: 'Auto-évaluation',
  recherche: 'Recherche',
  contribuer: 'Contribuer',
  aPropos: 'À propos',
  accessibilite: 'Accessibilité : non conforme',
  planDuSite: 'Plan du site',
  donnees: 'Données ouvertes (JSON)',
  previousFiche: 'Fiche précédente',
  nextFiche: 'Fiche suivante',
  ficheNav: 'Fiches précédente et suivante',
  obstaclesOfFiche: 'Les freins que cette fiche aide à lever',
  outilsOfFiche: 'Les outils de cette fiche',
  relatedFiches: 'Fiches liées',
  referencesOfFiche: 'Pour aller plus loin',
  checklistHint: 'Cochez au fur et à mesure. Sur papier, cochez les cases à la main.',
  treatedBy: 'Les fiches qui répondent à ce frein',
  usedIn: 'Utilisé dans les fiches',
  answersObstacles: 'Aide à lever les freins',
  when: 'Quand ?',
  forWhom: 'Pour qui ?',
  duration: 'Combien de temps ?',
  citedIn: 'Cité dans',
  seeAlso: 'Voir aussi',
  notFoundTitle: 'Page introuvable',
} as const;

export const outilTypeLabels: Record<OutilType, string> = {
  argumentaire: 'Argumentaire',
  modele: 'Modèle',
  grille: 'Grille',
  charte: 'Charte',
  trame: "Trame d'animation",
  methode: 'Méthode',
  'support-visuel': 'Support visuel',
  video: 'Vidéo',
};

export const referenceTypeLabels: Record<string, string> = {
  guide: 'Guide',
  rapport: 'Rapport',
  'texte-juridique': 'Texte juridique',
  ouvrage: 'Ouvrage',
  article: 'Article',
  plan: 'Plan gouvernemental',
  recommandation: 'Recommandation',
  outil: 'Outil',
  'texte-de-reference': 'Texte de référence',
};

export const obstacleFamilyLabels: Record<string, string> = {
  personnes: 'Du côté des personnes',
  confiance: 'Une question de confiance',
  institutions: 'Du côté des institutions et des élus',
  professionnels: 'Du côté des professionnels',
  moyens: 'Une question de moyens',
};

export const experienceRubriqueLabels: Record<string, string> = {
  'dynamique-collective': 'Faire émerger une dynamique collective',
  'facteurs-mobilisateurs': 'Identifier les facteurs mobilisateurs',
  'pratiques-postures': 'Adapter ses pratiques et ses postures professionnelles',
  'regles-co-construction': 'Établir les règles de la co-construction',
  'rendre-compte': 'Rendre compte des travaux',
  'evaluer-partenariat': 'Évaluer le travail partenarial',
};

export const echelleLabels: Record<string, string> = {
  nationale: 'Échelle nationale',
  regionale: 'Échelle régionale',
  departementale: 'Échelle départementale',
  locale: 'Échelle locale',
};

export const answerLabels = {
  oui: 'Oui',
  'en-partie': 'En partie',
  non: 'Non',
  'ne-sait-pas': 'Je ne sais pas',
} as const;

/** « 1 fiche », « 3 fiches »: French plural with the count. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count > 1 ? pluralForm : singular}`;
}
