import { pluralWord } from '../grammar.ts';

/** The diagnostic of the three phases (Diagnostic); « Mon suivi » reuses the status lines. */
export const diagnosticUi = {
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
} as const;
