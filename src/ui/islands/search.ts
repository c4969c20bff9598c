/** The search page's own words, beside Pagefind's (its summary, its filter pane). */
export const searchUi = {
  fieldLabel: 'Mots à chercher dans le kit',
  placeholder: 'Rechercher une fiche, un outil, un mot…',
  browse: 'Parcourir tout le kit par filtre',
  partial: 'Résultats pour une partie de vos mots :',
  didYouMean: 'Vouliez-vous dire',
  nothing: 'Aucune page ne contient ces mots. Quelques pistes :',
  closeObstacles: 'Les freins les plus proches de votre question :',
  browseObstacles: 'Tous les freins et leurs réponses',
  browseGlossary: 'Le glossaire, pour les mots et les sigles du kit',
};
