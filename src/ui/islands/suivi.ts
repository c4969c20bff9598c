import { pluralWord } from '../grammar.ts';

/** « Mon suivi » (MyProgress): the table of progress, export, import, erase. */
export const suiviUi = {
  suiviIntro:
    'Votre progression est gardée dans ce navigateur, sur cet appareil, et nulle part ailleurs. Exportez-la pour la garder, la reprendre sur un autre appareil ou la transmettre à votre équipe.',
  suiviPaperHint: 'Cette page lit le suivi gardé dans votre navigateur : elle a besoin de JavaScript.',
  suiviChecklists: 'Listes de contrôle des fiches',
  suiviParcours: 'Parcours par situation',
  suiviParcoursName: 'Parcours',
  notStartedM: 'Pas commencé',
  parcoursState: (done: number, total: number) => `${done} ${pluralWord(done, 'étape faite', 'étapes faites')} sur ${total}`,
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
  importDone: (checklists: number, questionnaires: number, parcours = 0) =>
    parcours
      ? `Suivi importé : ${checklists} ${pluralWord(checklists, 'liste de contrôle', 'listes de contrôle')}, ${questionnaires} ${pluralWord(questionnaires, 'questionnaire')} et ${parcours} parcours.`
      : `Suivi importé : ${checklists} ${pluralWord(checklists, 'liste de contrôle', 'listes de contrôle')} et ${questionnaires} ${pluralWord(questionnaires, 'questionnaire')}.`,
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
  clearAllQuestion: "Effacer tout votre suivi (coches, étapes faites et réponses) dans ce navigateur ? Exportez-le d'abord si vous voulez le garder.",
  clearAllConfirm: 'Oui, tout effacer',
  clearedAll: 'Tout votre suivi est effacé de ce navigateur.',
  clearFailed: "Le navigateur n'a pas permis d'effacer le suivi.",
} as const;
