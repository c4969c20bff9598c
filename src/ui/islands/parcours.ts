import { pluralWord } from '../grammar.ts';

/** The steps of a parcours (ParcoursSteps): each one a card, marked done by the reader. */
export const parcoursStepsUi = {
  hint: 'Cochez chaque étape faite : votre progression est gardée dans ce navigateur, sur cet appareil.',
  paperHint:
    "Version papier : imprimez la page et cochez les étapes à la main. Pour les cocher à l'écran et garder votre progression, JavaScript doit être activé.",
  printHint: 'Cochez chaque étape à la main quand elle est faite.',
  progress: (done: number, total: number) => `Progression : ${done} ${pluralWord(done, 'étape faite', 'étapes faites')} sur ${total}`,
  step: (numero: number) => `Étape ${numero}`,
  whyNow: 'Pourquoi maintenant ?',
  target: 'À lire ou à utiliser :',
  takeAway: 'Ce que vous en retirez :',
  done: (numero: number) => `J'ai fait l'étape ${numero}`,
  paperDone: 'Fait',
  targetKinds: { fiche: 'Fiche', outil: 'Outil', obstacle: 'Frein et réponse', questionnaire: 'Questionnaire' },
  uncheckAll: 'Tout décocher',
  uncheckAllQuestion: (count: number) => (count > 1 ? `Décocher les ${count} étapes faites de ce parcours ?` : "Décocher l'étape faite de ce parcours ?"),
  uncheckAllConfirm: 'Oui, tout décocher',
  uncheckedAll: 'Toutes les étapes de ce parcours sont décochées.',
  nothingDone: "Aucune étape n'est cochée pour l'instant.",
} as const;
