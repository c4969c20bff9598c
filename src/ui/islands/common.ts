/** Words every island shares: storage notices, the « Annuler » of confirmations, the way to « Mon suivi ». */
export const islandUi = {
  monSuivi: 'Mon suivi',
  seeMySuivi: 'Voir tout mon suivi',
  cancel: 'Annuler',
  storageUnavailable:
    'Votre navigateur ne garde pas votre progression (navigation privée ou stockage bloqué). Tout fonctionne pendant cette visite, mais vos coches et vos réponses seront perdues en fermant la page.',
  storageFull:
    "La mémoire de votre navigateur est pleine. Votre suivi déjà enregistré est gardé : il s'affiche et vous pouvez l'exporter. Mais vos nouvelles coches et réponses ne peuvent pas être enregistrées tant que de la place n'est pas libérée : elles seront perdues en fermant la page. Pour libérer de la place, effacez par exemple les données d'autres sites dans les réglages du navigateur.",
  corruptReset: (what: string) =>
    `Une partie de votre suivi enregistré dans ce navigateur était illisible (${what}) : elle a été remise à zéro. Le reste de votre suivi est intact.`,
  corruptWhat: {
    checklist: (title: string) => `les coches de la fiche « ${title} »`,
    autoevaluation: (title: string) => `les réponses au questionnaire « ${title} »`,
    quiz: (title: string) => `les réponses au quiz « ${title} »`,
    parcours: (title: string) => `les étapes cochées du parcours « ${title} »`,
  },
} as const;
