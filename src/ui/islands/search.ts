import { plural, pluralWord } from '../grammar.ts';

/** The search page's own words: its field, summary, results and filters. */
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
  /** Read out by screen readers each time the results change (the summary is a status). */
  summary: (count: number, term: string) =>
    term ? (count === 0 ? `Aucun résultat pour ${term}` : `${plural(count, 'résultat')} pour ${term}`) : count === 0 ? 'Aucun résultat' : plural(count, 'résultat'),
  searching: 'Recherche en cours…',
  failed: "La recherche n'a pas pu se charger. Vérifiez la connexion, puis rechargez la page.",
  resultsLabel: 'Résultats de la recherche',
  more: 'Voir les résultats suivants',
  /** Heard after the count of a filter value: « Fiche 12 résultats ». */
  resultWord: (count: number) => pluralWord(count, 'résultat'),
};
