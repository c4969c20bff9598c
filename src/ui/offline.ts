/**
 * Words of reading offline: the update notice of every page, the page « Lire hors ligne » and
 * the notice shown offline for an address never saved. Kept apart from strings.ts so that the
 * small script every page carries imports these words only.
 */
/** The notice of every page, apart: the script every page carries bundles these two strings only. */
export const updateUi = {
  updateAvailable: 'Une nouvelle version du kit est disponible.',
  reload: 'Recharger',
} as const;

export const offlineUi = {
  pageTitle: 'Lire hors ligne',
  fallbackTitle: 'Pas de réseau',
  saveAll: 'Tout enregistrer pour lire hors ligne',
  pagesSaved: 'Les pages du kit, la recherche et les polices sont enregistrées sur cet appareil : elles s’ouvrent sans réseau.',
  pagesSaving: 'Les pages du kit sont en cours d’enregistrement sur cet appareil.',
  pagesUnsupported:
    'Ce navigateur ne peut pas garder le kit pour une lecture hors ligne (navigation privée, réglage ou navigateur ancien). Le site fonctionne normalement avec le réseau.',
  noDocuments: 'Cette version du kit ne propose aucun document à télécharger.',
  documentsSaved: (saved: number, total: number, size: string) =>
    saved === total
      ? `Les ${total} documents (PDF) sont enregistrés sur cet appareil (${size}).`
      : `${saved} document${saved > 1 ? 's' : ''} sur ${total} enregistré${saved > 1 ? 's' : ''} sur cet appareil. Tout enregistrer demande ${size}.`,
  saving: (total: number) => `Enregistrement de ${total} document${total > 1 ? 's' : ''}…`,
  savedAll: 'C’est fait : tous les documents sont enregistrés sur cet appareil.',
  saveFailed: (count: number) =>
    `${count} document${count > 1 ? 's n’ont' : ' n’a'} pas pu être enregistré${count > 1 ? 's' : ''} (réseau coupé ou mémoire pleine). Réessayez avec le réseau.`,
  progressLabel: 'Enregistrement des documents',
} as const;
