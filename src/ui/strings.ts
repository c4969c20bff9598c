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

/** Printing and the PDFs: download links, « Imprimer », the whole kit's print version, running headers. */
export const pdfUi = {
  downloadFiche: 'Télécharger la fiche',
  downloadOutil: "Télécharger l'outil",
  downloadKit: 'Télécharger le kit complet',
  /** Read with the size: « (PDF, 180 Ko) ». */
  format: 'PDF',
  print: 'Imprimer',
  actions: 'Imprimer ou télécharger',
  kitIntro: 'Le kit complet en un seul document, pour le lire hors ligne, le relier ou le distribuer :',
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

const pluralWord = (count: number, singular: string, pluralForm = `${singular}s`) => (count > 1 ? pluralForm : singular);
const listNumbers = (list: readonly number[]) =>
  list.length > 1 ? `${list.slice(0, -1).join(', ')} et ${list[list.length - 1]}` : String(list[0] ?? '');

/** Texts of the interactive parts (checklists, questionnaires, quiz, « Mon suivi »), in the islands. */
export const progressUi = {
  monSuivi: 'Mon suivi',
  cancel: 'Annuler',
  // Storage
  storageUnavailable:
    'Votre navigateur ne garde pas votre progression (navigation privée, stockage bloqué ou plein). Tout fonctionne pendant cette visite, mais vos coches et vos réponses seront perdues en fermant la page.',
  corruptReset: (what: string) =>
    `Une partie de votre suivi enregistré dans ce navigateur était illisible (${what}) : elle a été remise à zéro. Le reste de votre suivi est intact.`,
  corruptWhat: {
    checklist: (title: string) => `les coches de la fiche « ${title} »`,
    autoevaluation: (title: string) => `les réponses au questionnaire « ${title} »`,
    quiz: (title: string) => `les réponses au quiz « ${title} »`,
  },
  // Checklist of a fiche
  checklistLegend: { facteurs: 'Liste de contrôle : les facteurs clés de succès', etapes: 'Liste de contrôle : les étapes pour procéder' },
  checklistPaperHint:
    "Version papier : imprimez la page et cochez les cases à la main. Pour cocher à l'écran et garder votre progression, JavaScript doit être activé.",
  checklistHint: 'Cochez au fur et à mesure : votre progression est gardée dans ce navigateur, sur cet appareil.',
  checklistPrintHint: 'Cochez les cases à la main au fur et à mesure.',
  checklistProgress: (checked: number, total: number) => `Progression : ${checked} sur ${total} ${pluralWord(checked, 'cochée', 'cochées')}`,
  uncheckAll: 'Tout décocher',
  uncheckAllQuestion: (count: number) =>
    count > 1 ? `Décocher les ${count} cases cochées de cette fiche ?` : 'Décocher la case cochée de cette fiche ?',
  uncheckAllConfirm: 'Oui, tout décocher',
  uncheckedAll: 'Toutes les cases de cette fiche sont décochées.',
  nothingChecked: "Aucune case n'est cochée pour l'instant.",
  seeMySuivi: 'Voir tout mon suivi',
  // Self-assessment
  questionNumber: (n: number, total: number) => `Question ${n} sur ${total}.`,
  assessmentPaperHint:
    "Version papier : imprimez la page, cochez une case par question, puis calculez le résultat avec la grille de calcul plus bas. Pour répondre à l'écran, JavaScript doit être activé.",
  assessmentHint:
    "Répondez dans l'ordre que vous voulez. Chaque réponse est gardée dans ce navigateur : vous pourrez reprendre plus tard. « Je ne sais pas » est une vraie réponse.",
  assessmentPrintHint: 'Cochez une case par question, puis calculez le résultat avec la grille de calcul.',
  answeredCount: (answered: number, total: number) => `${answered} ${pluralWord(answered, 'question')} sur ${total} avec une réponse.`,
  showResult: 'Voir le résultat',
  missingAnswers: (count: number) => `Il reste ${count} ${pluralWord(count, 'question')} sans réponse :`,
  questionLink: (n: number) => `question ${n}`,
  resultTitle: 'Votre résultat',
  resultScore: (points: number, max: number, percent: number) => `${points} ${pluralWord(points, 'point')} sur ${max}, soit ${percent} %.`,
  resultLevel: (titre: string, min: number, max: number) => `Niveau atteint : « ${titre} » (de ${min} à ${max} %).`,
  resultAnnounce: (percent: number, titre: string) => `Résultat : ${percent} %, niveau « ${titre} ». Le détail suit le questionnaire.`,
  dontKnowNote: (count: number) =>
    `Vous avez répondu « Je ne sais pas » à ${count} ${pluralWord(count, 'question')} : ${pluralWord(count, 'elle compte', 'elles comptent')} 0 point. Vérifiez ${pluralWord(count, 'ce point', 'ces points')} en équipe.`,
  fichesToRead: 'Les fiches à lire en premier',
  reasonQuestions: (list: readonly number[]) => `Pour ${list.length > 1 ? 'les questions' : 'la question'} ${listNumbers(list)}.`,
  reasonBand: 'Conseillée pour le niveau atteint.',
  answersDetail: 'Le détail des réponses',
  noAnswer: 'Pas de réponse',
  shareTitle: 'Partager ce résultat',
  shareHint:
    "Ce lien contient les réponses, et rien d'autre : la personne qui l'ouvre voit le même résultat. Rien n'est envoyé à un serveur.",
  shareLabel: 'Lien du résultat',
  copyLink: 'Copier le lien',
  copied: 'Lien copié.',
  copyFailed: "La copie automatique n'a pas marché : sélectionnez le lien et copiez-le.",
  resetAnswers: 'Effacer mes réponses',
  resetAnswersQuestion: 'Effacer vos réponses à ce questionnaire ?',
  resetAnswersConfirm: 'Oui, effacer',
  answersReset: 'Vos réponses à ce questionnaire sont effacées.',
  sharedBanner: 'Vous consultez un résultat partagé par un lien. Vos propres réponses, si vous en avez, ne sont pas modifiées.',
  sharedIgnored: (count: number) =>
    `${count} ${pluralWord(count, 'réponse du lien concerne une question', 'réponses du lien concernent des questions')} qui n'${pluralWord(count, 'existe', 'existent')} plus : ${pluralWord(count, 'elle est ignorée', 'elles sont ignorées')}.`,
  sharedIncomplete: (count: number) =>
    `Ce lien ne contient pas de réponse à ${count} ${pluralWord(count, 'question')}. Reprenez ces réponses pour compléter le questionnaire.`,
  adoptShared: 'Reprendre ces réponses pour les modifier',
  adoptSharedQuestion: 'Vos propres réponses à ce questionnaire seront remplacées par celles du lien. Continuer ?',
  adoptSharedConfirm: 'Oui, reprendre ces réponses',
  leaveShared: 'Revenir à mes propres réponses',
  sharedBroken: "Ce lien de résultat est abîmé ou incomplet : il n'a pas pu être lu. Le questionnaire s'affiche avec vos propres réponses.",
  sharedNewer: "Ce lien vient d'une version plus récente du site et ne peut pas être lu ici. Le questionnaire s'affiche avec vos propres réponses.",
  toDiagnostic: 'Voir le diagnostic des trois temps',
  scoringKeyTitle: 'Grille de calcul (pour la version papier)',
  // Global diagnostic
  diagnosticTitle: 'Votre diagnostic',
  diagnosticPaperHint:
    'Le diagnostic se calcule dans ce navigateur à partir de vos réponses aux trois questionnaires. Sans JavaScript, utilisez la version papier plus bas.',
  statusEmpty: 'Pas encore commencé.',
  statusStarted: (answered: number, total: number) => `Commencé : ${answered} ${pluralWord(answered, 'question')} sur ${total}.`,
  statusComplete: (percent: number, titre: string) => `${percent} % — niveau « ${titre} ».`,
  startQuestionnaire: (phase: string) => `Répondre au questionnaire « ${phase} »`,
  resumeQuestionnaire: (phase: string) => `Reprendre le questionnaire « ${phase} »`,
  seeQuestionnaire: (phase: string) => `Voir le résultat détaillé « ${phase} »`,
  startWithTitle: 'Les trois fiches par lesquelles commencer',
  startWithEmpty: 'Répondez à au moins un questionnaire : les fiches par lesquelles commencer apparaîtront ici.',
  startWithReason: (count: number, phases: string) => `${count} ${pluralWord(count, 'réponse', 'réponses')} à améliorer (${phases}).`,
  startWithBand: (phase: string) => `Conseillée pour votre niveau « ${phase} ».`,
  // Quiz
  quizTrue: 'Vrai',
  quizFalse: 'Faux',
  quizPaperHint:
    "Version papier : imprimez la page, cochez « Vrai » ou « Faux » pour chaque phrase, puis lisez le corrigé à la fin. Pour répondre à l'écran, JavaScript doit être activé.",
  quizHint: "Choisissez « Vrai » ou « Faux » : l'explication s'affiche aussitôt. Votre première réponse compte pour le score.",
  quizPrintHint: 'Cochez « Vrai » ou « Faux » pour chaque phrase, puis lisez le corrigé à la fin.',
  quizYourAnswer: (answer: string) => `Votre réponse : « ${answer} ».`,
  quizRight: 'Bonne réponse.',
  quizWrong: (right: string) => `Ce n'est pas ça : la réponse est « ${right} ».`,
  quizReadFiche: (numero: number, titre: string) => `Lire la fiche ${numero} : ${titre}`,
  quizProgress: (answered: number, total: number) => `${answered} ${pluralWord(answered, 'réponse')} sur ${total}.`,
  quizScore: (correct: number, total: number) => `Votre score : ${correct} ${pluralWord(correct, 'bonne réponse', 'bonnes réponses')} sur ${total}.`,
  quizRestart: 'Recommencer le quiz',
  quizRestartQuestion: 'Effacer vos réponses au quiz pour recommencer ?',
  quizRestartConfirm: 'Oui, recommencer',
  quizRestarted: 'Vos réponses au quiz sont effacées : vous pouvez recommencer.',
  answerKeyTitle: 'Corrigé (pour la version papier)',
  // « Mon suivi »
  suiviIntro:
    'Votre progression est gardée dans ce navigateur, sur cet appareil, et nulle part ailleurs. Exportez-la pour la garder, la reprendre sur un autre appareil ou la transmettre à votre équipe.',
  suiviPaperHint: 'Cette page lit le suivi gardé dans votre navigateur : elle a besoin de JavaScript.',
  suiviChecklists: 'Listes de contrôle des fiches',
  suiviQuestionnaires: 'Questionnaires',
  suiviFiche: 'Fiche',
  suiviProgress: 'Progression',
  suiviQuestionnaire: 'Questionnaire',
  suiviState: 'État',
  notStartedF: 'Pas commencée',
  checklistState: (checked: number, total: number) => `${checked} sur ${total} ${pluralWord(checked, 'cochée', 'cochées')}`,
  quizState: (answered: number, total: number, correct: number) =>
    answered === total ? `Terminé : ${correct} ${pluralWord(correct, 'bonne réponse', 'bonnes réponses')} sur ${total}.` : `Commencé : ${answered} ${pluralWord(answered, 'réponse')} sur ${total}.`,
  exportTitle: 'Garder ou transmettre votre suivi',
  exportButton: 'Exporter (fichier JSON)',
  exportDone: (name: string) => `Fichier « ${name} » prêt : il est dans vos téléchargements.`,
  importLabel: 'Importer un fichier de suivi (.json)',
  importHint: 'Le fichier remplace le suivi gardé dans ce navigateur. Un fichier abîmé est refusé sans rien changer.',
  importQuestion: 'Remplacer votre suivi actuel par le contenu de ce fichier ?',
  importConfirm: 'Oui, remplacer',
  importDone: (checklists: number, questionnaires: number) =>
    `Suivi importé : ${checklists} ${pluralWord(checklists, 'liste de contrôle', 'listes de contrôle')} et ${questionnaires} ${pluralWord(questionnaires, 'questionnaire')}.`,
  importCancelled: "Import annulé : rien n'a été modifié.",
  importErrors: {
    'too-big': 'Ce fichier est trop gros pour être un export du suivi.',
    'not-json': "Ce fichier n'est pas un fichier JSON lisible.",
    'not-export': "Ce fichier n'est pas un export du suivi du Kit de la participation citoyenne.",
    'newer-version': (version: number) => `Ce fichier vient d'une version plus récente du site (format ${version}), que celle-ci ne sait pas lire.`,
    invalid: (paths: readonly string[]) => `Ce fichier est abîmé : ${paths.map((p) => `« ${p} »`).join(', ')} n'a pas la forme attendue.`,
    unreadable: "Ce fichier n'a pas pu être lu.",
    'write-failed': "Le navigateur a refusé d'enregistrer ce fichier (espace plein ?).",
  },
  nothingChanged: "Rien n'a été modifié.",
  clearAll: 'Tout effacer',
  clearAllQuestion: "Effacer tout votre suivi (coches et réponses) dans ce navigateur ? Exportez-le d'abord si vous voulez le garder.",
  clearAllConfirm: 'Oui, tout effacer',
  clearedAll: 'Tout votre suivi est effacé de ce navigateur.',
  clearFailed: "Le navigateur n'a pas permis d'effacer le suivi.",
} as const;

/** The « Partager un retour d'expérience » form of /contribuer/. */
export const experienceFormUi = {
  loading: "Le formulaire se charge. S'il n'apparaît pas, utilisez le modèle à copier plus bas sur cette page.",
  aboutLegend: "L'expérience",
  titre: 'Titre',
  titreHint: "Une phrase courte qui dit ce qui a été fait, par exemple « Préparer l'ordre du jour avec les habitantes et les habitants ».",
  rubrique: 'Rubrique',
  rubriqueHint: 'La rubrique du livret sur les conseils citoyens qui correspond le mieux.',
  rubriqueChoose: 'Choisir une rubrique',
  resume: 'Résumé',
  resumeHint: "L'expérience en une ou deux phrases (au moins 40 caractères).",
  dispositif: 'Dispositif',
  dispositifHint: 'Le dispositif réel, par exemple « Conseils citoyens » ou « Conseil de la vie sociale ».',
  echelle: 'Échelle',
  fichesLegend: 'Les fiches du kit que cette expérience illustre',
  fichesHint: 'Cochez au moins une fiche. Elles seront citées sous « Pour aller plus loin ».',
  referencesLegend: 'Les sources',
  referencesHint:
    "Cochez au moins une source réelle de la bibliographie du kit. Si la vôtre n'y est pas, signalez-la à l'équipe : une expérience sans source ne peut pas être publiée.",
  storyLegend: 'Le récit',
  storyHint:
    "Avec vos propres mots. Rien d'inventé : pas de lieu, de chiffre ou de citation qui ne soit dans la source. Des paragraphes séparés par une ligne vide, des listes avec « - ».",
  optional: '(facultatif)',
  submit: 'Préparer le fichier',
  errorTitle: (count: number) => (count > 1 ? `${count} points à corriger avant de préparer le fichier` : '1 point à corriger avant de préparer le fichier'),
  errorPrefix: 'Erreur :',
  resultTitle: 'Votre fichier est prêt',
  resultIntro: 'Ce fichier est à ajouter au dépôt du kit, dans le dossier',
  resultLabel: 'Contenu du fichier',
  copy: 'Copier le texte',
  copied: 'Le texte du fichier est copié.',
  copyFailed: 'La copie automatique a échoué : le texte est sélectionné, copiez-le avec Ctrl+C (ou Cmd+C).',
  download: (name: string) => `Télécharger ${name}`,
  downloaded: (name: string) => `Le fichier ${name} est téléchargé.`,
  openNewFile: 'Ouvrir la page « nouveau fichier » du dépôt, déjà remplie',
  openNewFileHint:
    "Il faut un compte GitHub. La page propose ensuite d'enregistrer le fichier dans une copie du dépôt et d'ouvrir une « pull request » : l'équipe la relira.",
  tooLongForLink: "Le texte est trop long pour être transmis par un lien : copiez-le ou téléchargez-le, puis ajoutez le fichier sur la page « nouveau fichier » du dépôt.",
  noRepository:
    "L'adresse du dépôt n'est pas configurée pour ce site : copiez ou téléchargez le fichier, puis ajoutez-le au dépôt du kit comme l'explique la partie « Proposer une modification ».",
  nothingSent: "Rien n'est envoyé : le fichier est préparé dans votre navigateur.",
  changed: 'Vous avez modifié le formulaire : préparez à nouveau le fichier pour en tenir compte.',
} as const;
