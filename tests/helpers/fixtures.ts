import type { SourceFile } from '../../src/lib/content/verify.ts';

const words = (n: number, word = 'participation') => Array.from({ length: n }, () => word).join(' ');

export const PHASES_YAML = `- id: amont
  numero: 1
  titre: En amont
  action: Préparer la démarche
  intro: ${words(8, 'préparer')}
- id: pendant
  numero: 2
  titre: Pendant
  action: Suivre la démarche
  intro: ${words(8, 'suivre')}
- id: apres
  numero: 3
  titre: Après
  action: Évaluer la démarche
  intro: ${words(8, 'évaluer')}
`;

export const OBSTACLES_YAML = `- id: jargon
  libelle: Jargon et sujets incompris
  famille: personnes
  objection: « On ne comprend rien à ce qu'ils disent. »
  reponse: >-
    ${words(30, 'expliquer')}
  fiches: [premiere-fiche]
  outils: [outil-un]
`;

export const BIBLIO_YAML = `- id: ref-un
  type: rapport
  auteurs: [Une institution]
  titre: Un rapport réel
  annee: 2011
  apport: ${words(12, 'apport')}
- id: ref-deux
  type: guide
  auteurs: [Une autre institution]
  titre: Un guide réel
  annee: 2024
  apport: ${words(12, 'apport')}
`;

export const GLOSSAIRE_YAML = `- id: falc
  terme: FALC
  definition: ${words(12, 'définition')}
`;

export const VIDEOS_YAML = `- id: un-film
  hebergement: lien
  titre: Un film réel
  realisation: [Une association]
  description: >-
    ${words(20, 'description')}
  usages: [formation]
  question: Qu'avez-vous retenu de ce film ?
  fiches: [premiere-fiche]
  obstacles: [jargon]
  presentation:
    url: https://www.exemple.org/film
    site: Exemple
  sources: [https://www.exemple.org/film]
`;

export const RUBRICS = [
  'Pourquoi cette démarche ?',
  'Comment procéder ?',
  'Quels sont les outils disponibles ?',
  'Quels sont les facteurs clés de succès ?',
];

export function ficheMdx(options: { numero: number; phase?: string; related: string; headings?: string[]; body?: string; extraFrontmatter?: string }): string {
  const headings = options.headings ?? RUBRICS;
  const facteurs = [1, 2, 3, 4, 5].map((n) => `  - id: facteur-${n}\n    texte: Facteur clé numéro ${n} bien décrit.`).join('\n');
  return `---
numero: ${options.numero}
titre: Fiche numéro ${options.numero}
phase: ${options.phase ?? 'amont'}
essentiel: >-
  ${words(20, 'essentiel')}
obstacles: [jargon]
outils: [outil-un, outil-deux]
fichesLiees: [${options.related}]
references: [ref-un, ref-deux]
facteursCles:
${facteurs}
${options.extraFrontmatter ?? ''}---

${options.body ?? headings.map((h) => `## ${h}\n\n${words(10, 'texte')} <LienOutil id="outil-un" />.\n`).join('\n')}
`;
}

export function outilMdx(fiche = 'premiere-fiche', extra = ''): string {
  return `---
titre: Un outil utile
type: modele
resume: ${words(6, 'résumé')}
quand: Avant la première réunion.
pourQui: L'équipe
duree: 1 heure
phases: [amont]
fiches: [${fiche}]
${extra}---

## Mode d'emploi

Remplir le modèle.
`;
}

/** A small kit that passes every check; tests break one thing at a time. */
export function validTree(): SourceFile[] {
  return [
    { path: 'content/phases.yaml', text: PHASES_YAML },
    { path: 'content/obstacles.yaml', text: OBSTACLES_YAML },
    { path: 'content/bibliographie.yaml', text: BIBLIO_YAML },
    { path: 'content/glossaire.yaml', text: GLOSSAIRE_YAML },
    { path: 'content/videos.yaml', text: VIDEOS_YAML },
    { path: 'content/fiches/01-premiere-fiche.mdx', text: ficheMdx({ numero: 1, related: 'seconde-fiche' }) },
    { path: 'content/fiches/02-seconde-fiche.mdx', text: ficheMdx({ numero: 2, phase: 'pendant', related: 'premiere-fiche' }) },
    { path: 'content/outils/outil-un.mdx', text: outilMdx() },
    { path: 'content/outils/outil-deux.mdx', text: outilMdx('seconde-fiche') },
  ];
}

export function replaceFile(tree: SourceFile[], path: string, text: string): SourceFile[] {
  return [...tree.filter((file) => file.path !== path), { path, text }];
}
