import { pluralWord } from '../grammar.ts';

/** The checklists of a fiche (ChecklistIsland). */
export const checklistUi = {
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
} as const;
