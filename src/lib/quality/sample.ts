/**
 * One page of each kind the site has: the keyboard test tabs through each of them, and the
 * déclaration d'accessibilité lists them as the pages checked by hand-like tests (the RGAA model
 * asks a declaration to name its sample). One list, so the two can never disagree.
 */
import { routes } from '../routes.ts';

export interface SamplePage {
  path: string;
  /** What the page is, as the declaration names it. */
  label: string;
}

/** The entries a sample page shows: the first of each kind, whatever the kit holds today. */
export interface SampleIds {
  fiche: string;
  outil: string;
  obstacle: string;
  questionnaire: string;
}

export function keyboardSample(ids: SampleIds): readonly SamplePage[] {
  return [
    { path: routes.home(), label: "Page d'accueil" },
    { path: routes.fiches(), label: 'Liste des fiches, avec son filtre' },
    { path: routes.fiche(ids.fiche), label: 'Une fiche, avec sa liste à cocher' },
    { path: routes.outil(ids.outil), label: 'Un outil' },
    { path: routes.obstacles(), label: 'Liste des freins' },
    { path: routes.obstacle(ids.obstacle), label: 'Un frein' },
    { path: routes.recherche(), label: 'Recherche' },
    { path: routes.autoevaluation(), label: 'Diagnostic global' },
    { path: routes.questionnaire(ids.questionnaire), label: 'Une auto-évaluation' },
    { path: routes.monSuivi(), label: 'Mon suivi' },
    { path: routes.contribuer(), label: "Contribuer, avec le formulaire de retour d'expérience" },
    { path: routes.glossaire(), label: 'Glossaire' },
    { path: routes.bibliographie(), label: 'Bibliographie' },
    { path: routes.experiences(), label: "Retours d'expérience" },
  ];
}

/** The sample of a kit: its first fiche, outil, frein and self-assessment, by id. */
export function sampleIds(kit: { fiches: readonly { id: string }[]; outils: readonly { id: string }[]; obstacles: readonly { id: string }[]; selfAssessments: readonly { id: string }[] }): SampleIds {
  // The smallest id, not the first in the list: Astro's collections come sorted by id, the
  // content files in their own order, and the site and the tests must pick the same entry.
  const first = <T extends { id: string }>(list: readonly T[], what: string) => {
    const entry = [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))[0];
    if (!entry) throw new Error(`échantillon d'accessibilité : le kit n'a aucun ${what}`);
    return entry.id;
  };
  return { fiche: first(kit.fiches, 'fiche'), outil: first(kit.outils, 'outil'), obstacle: first(kit.obstacles, 'frein'), questionnaire: first(kit.selfAssessments, 'questionnaire') };
}
