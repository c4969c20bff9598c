import { listNumbers, pluralWord } from '../grammar.ts';

/** The self-assessment questionnaires (SelfAssessment) and their paper scoring key. */
export const assessmentUi = {
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
} as const;

/** The four answers, as the reader sees them (the stored values are STORED_ANSWERS). */
export const answerLabels = {
  oui: 'Oui',
  'en-partie': 'En partie',
  non: 'Non',
  'ne-sait-pas': 'Je ne sais pas',
} as const;
