/**
 * Every UI string of the site, in French, from one place (as Starlight keeps its translations):
 * the pages' words here, the islands' in ./islands/ and re-exported at the end.
 */
import { plural } from './grammar.ts';
import type { ExperienceEchelle, ExperienceRubrique, ObstacleFamily, OutilType, ReferenceType, VideoUsage } from '../schemas/index.ts';

export const ui = {
  siteName: 'Kit de la participation citoyenne',
  siteSubtitle: 'aux politiques de solidarité',
  siteDescription:
    "Une boîte à outils pour associer les personnes concernées à la conception, à la mise en œuvre et à l'évaluation des politiques de solidarité : des fiches pas à pas, des outils prêts à l'emploi, des réponses aux freins.",
  skipLink: 'Aller au contenu',
  mainNav: 'Navigation principale',
  menu: 'Menu',
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
  seeInGlossary: 'Voir dans le glossaire',
  experiences: "Retours d'expérience",
  videos: 'Vidéos',
  autoevaluation: 'Auto-évaluation',
  recherche: 'Recherche',
  contribuer: 'Contribuer',
  aPropos: 'À propos',
  accessibilite: 'Accessibilité : non conforme',
  planDuSite: 'Plan du site',
  donnees: 'Données ouvertes',
  previousFiche: 'Fiche précédente',
  nextFiche: 'Fiche suivante',
  ficheNav: 'Fiches précédente et suivante',
  obstaclesOfFiche: 'Les freins que cette fiche aide à lever',
  outilsOfFiche: 'Les outils de cette fiche',
  relatedFiches: 'Fiches liées',
  referencesOfFiche: 'Pour aller plus loin',
  treatedBy: 'Les fiches qui répondent à ce frein',
  usedIn: 'Utilisé dans les fiches',
  answersObstacles: 'Aide à lever les freins',
  when: 'Quand ?',
  forWhom: 'Pour qui ?',
  duration: 'Combien de temps ?',
  citedIn: 'Cité dans',
  seeAlso: 'Voir aussi',
  notFoundTitle: 'Page introuvable',
  contributionNav: 'Contribuer à cette page',
  proposeChange: 'Proposer une modification',
  reportProblem: 'Signaler un problème',
  sourceFile: 'Fichier source',
} as const;

/** The « Vidéos » page and the « À voir » boxes that point to it from fiches and obstacles. */
export const videoUi = {
  intro: (count: number) =>
    `${plural(count, 'film')} sur la participation, pour ouvrir la discussion en équipe, en formation ou avec les personnes concernées.`,
  noEmbed:
    "Aucun film n'est intégré à ce site : chaque lien ouvre la page d'un autre site, qui présente le film. Le kit ne charge rien de cet autre site tant que vous ne cliquez pas.",
  checked: "Le kit ne cite que des films dont l'existence est attestée par une page publique. Ces pages sont indiquées sous chaque film.",
  otherSite: 'autre site',
  otherSites: 'autres sites',
  /** The link names the site it leads to: « La présentation du film sur le site « Tënk » (autre site) ». */
  watchOn: (site: string) => `La présentation du film sur le site « ${site} »`,
  madeBy: 'Réalisation',
  year: 'Année',
  duration: 'Durée',
  unknown: 'non indiquée',
  descriptiveTitle: "Le titre exact du film n'est pas connu : cet intitulé est celui du kit.",
  shows: 'Ce que montre le film',
  usages: 'Pour quel moment ?',
  question: "Une question pour ouvrir l'échange",
  fiches: "Les fiches qu'il illustre",
  obstacles: "Les freins qu'il aide à lever",
  sources: 'Informations vérifiées sur',
  transcript: 'Transcription du film',
  captions: 'Sous-titres en français',
  noPlayer: "Votre navigateur ne lit pas cette vidéo. Vous pouvez télécharger le fichier :",
  download: 'télécharger la vidéo',
  aVoir: 'À voir',
  fromOutils: "Des films complètent ces outils : ils montrent la participation en actes, à regarder ensemble avant d'en parler.",
  seeFilms: 'Voir les films sur la participation',
  homeLink: 'Des films pour ouvrir la discussion',
  homeText: "Des films réels sur la participation, choisis pour une réunion d'équipe, une formation ou une première rencontre.",
} as const;

export const videoUsageLabels: Record<VideoUsage, string> = {
  'reunion-equipe': "Une réunion d'équipe",
  formation: 'Une formation ou une co-formation',
  'premiere-rencontre': 'Une première rencontre avec les personnes concernées',
  instance: "Une séance d'un conseil ou d'un comité (conseil citoyen, comité de suivi…)",
  convaincre: 'Convaincre une direction ou des élus',
};

/** Printing and the PDFs: download links, « Imprimer », the whole kit's print version, running headers. */
export const pdfUi = {
  downloadFiche: 'Télécharger la fiche',
  downloadOutil: "Télécharger l'outil",
  downloadKit: 'Télécharger le kit complet',
  /** Read with the size: « (PDF, 180 Ko) ». */
  format: 'PDF',
  print: 'Imprimer',
  actions: 'Imprimer ou télécharger',
  kitIntro: 'Le kit complet en un seul document, pour le lire hors ligne, le relier, le distribuer ou l\'adapter.',
  outil: 'Outil',
  cover: 'Version à imprimer',
  toc: 'Sommaire',
  tocPage: 'page',
  outilsPart: 'Les outils',
  generatedOn: 'PDF créé le',
  version: 'Version du',
  source: 'Source :',
  page: 'page',
  kitContents: (fiches: number, outils: number) => `${fiches} fiches en trois temps, ${outils} outils prêts à l'emploi, un glossaire et une bibliographie.`,
} as const;

/** The download block (Downloads.astro): which file to take, in plain words. */
export const downloadUi = {
  pdf: 'PDF',
  odt: 'ODT (LibreOffice)',
  docx: 'DOCX (Word)',
  help: "Le PDF se lit et s'imprime tel quel. Pour modifier le document (le nom de votre structure, vos dates, vos règles) : si vous utilisez LibreOffice, prenez l'ODT ; si vous utilisez Word, prenez le DOCX.",
  helpWithoutPdf: "Pour modifier le document (le nom de votre structure, vos dates, vos règles) : si vous utilisez LibreOffice, prenez l'ODT ; si vous utilisez Word, prenez le DOCX.",
} as const;

/** The « Par situation » way in: the list of parcours, a parcours page, the fiche's aside. */
export const parcoursUi = {
  title: 'Parcours par situation',
  intro:
    "Vous arrivez avec une situation, pas avec une étape du kit ? Choisissez la phrase qui ressemble à la vôtre. Le parcours vous mène, étape par étape et dans l'ordre, vers les fiches, les outils et les réponses utiles.",
  tag: 'Parcours',
  alsoSaid: 'On le dit aussi :',
  steps: "Les étapes, dans l'ordre",
  stepCount: (count: number) => plural(count, 'étape'),
  download: 'Télécharger le parcours',
  ofFiche: 'Les parcours qui passent par cette fiche',
  homeWay: { title: 'Par situation', text: '« Nous lançons un conseil citoyen », « plus personne ne vient »… Partez de votre situation et suivez les étapes.' },
  description: 'Entrer dans le kit par sa situation : lancer une instance, la relancer, préparer une première réunion, évaluer, convaincre.',
} as const;

export const outilTypeLabels: Record<OutilType, string> = {
  argumentaire: 'Argumentaire',
  modele: 'Modèle',
  grille: 'Grille',
  charte: 'Charte',
  trame: "Trame d'animation",
  methode: 'Méthode',
  'support-visuel': 'Support visuel',
};

export const referenceTypeLabels: Record<ReferenceType, string> = {
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

export const obstacleFamilyLabels: Record<ObstacleFamily, string> = {
  personnes: 'Du côté des personnes',
  confiance: 'Une question de confiance',
  institutions: 'Du côté des institutions et des élus',
  professionnels: 'Du côté des professionnels',
  moyens: 'Une question de moyens',
};

export const experienceRubriqueLabels: Record<ExperienceRubrique, string> = {
  'dynamique-collective': 'Faire émerger une dynamique collective',
  'facteurs-mobilisateurs': 'Identifier les facteurs mobilisateurs',
  'pratiques-postures': 'Adapter ses pratiques et ses postures professionnelles',
  'regles-co-construction': 'Établir les règles de la co-construction',
  'rendre-compte': 'Rendre compte des travaux',
  'evaluer-partenariat': 'Évaluer le travail partenarial',
};

export const echelleLabels: Record<ExperienceEchelle, string> = {
  nationale: 'Échelle nationale',
  regionale: 'Échelle régionale',
  departementale: 'Échelle départementale',
  locale: 'Échelle locale',
};

export { plural };

// The islands' words live in ./islands/, one module per island: a page downloads only the words
// of its own island (a shared object would put every island's text on every page with one).
export { islandUi } from './islands/common.ts';
export { checklistUi } from './islands/checklist.ts';
export { answerLabels, assessmentUi } from './islands/assessment.ts';
export { diagnosticUi } from './islands/diagnostic.ts';
export { quizUi } from './islands/quiz.ts';
export { suiviUi } from './islands/suivi.ts';
export { parcoursStepsUi } from './islands/parcours.ts';
export { experienceFormUi } from './islands/experience-form.ts';
export { searchUi } from './islands/search.ts';

/** Words of a living kit (issue 15): dates, what is new, open data, citations. */
export const livingUi = {
  updatedOn: 'Mis à jour le',
  updatedUnknown: 'Date de mise à jour inconnue',
  pdfUpdatedOn: 'mis à jour le',
  pdfUpdatedUnknown: 'date de mise à jour inconnue',
  nouveautes: 'Nouveautés',
  nouveautesIntro: 'Ce qui change dans le kit, du plus récent au plus ancien.',
  nouveautesFeed: 'Suivre les nouveautés avec un lecteur de flux (Atom)',
  nouveautesFeedTitle: 'Nouveautés du Kit de la participation citoyenne',
  nouveautesTouched: 'Pages concernées :',
  nouveautesNone: "Aucune nouveauté n'est encore notée.",
  cite: 'Citer',
  citeHelp: 'Sélectionnez le texte pour le copier :',
  copy: 'Copier',
  copied: 'Copié',
  exportsIntro: 'Importer dans Zotero, un traitement de texte ou un mémoire :',
  exportsFiche: 'Ces références et toute la bibliographie à importer :',
  exportBib: 'BibTeX (.bib)',
  exportRis: 'RIS (.ris)',
  exportCsl: 'CSL-JSON (.json)',
};
