import { pluralWord } from '../grammar.ts';

/** The « idées reçues » quiz (Quiz) and its paper answer key. */
export const quizUi = {
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
} as const;
