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

export const KEYBOARD_SAMPLE: readonly SamplePage[] = [
  { path: routes.home(), label: "Page d'accueil" },
  { path: routes.fiches(), label: 'Liste des fiches, avec son filtre' },
  { path: routes.fiche('animer-une-reunion'), label: 'Une fiche, avec sa liste à cocher' },
  { path: routes.outil('trame-reunion'), label: 'Un outil' },
  { path: routes.obstacles(), label: 'Liste des freins' },
  { path: routes.obstacle('jargon'), label: 'Un frein' },
  { path: routes.recherche(), label: 'Recherche' },
  { path: routes.autoevaluation(), label: 'Diagnostic global' },
  { path: routes.questionnaire('amont'), label: 'Une auto-évaluation' },
  { path: routes.monSuivi(), label: 'Mon suivi' },
  { path: routes.contribuer(), label: "Contribuer, avec le formulaire de retour d'expérience" },
  { path: routes.glossaire(), label: 'Glossaire' },
  { path: routes.bibliographie(), label: 'Bibliographie' },
  { path: routes.experiences(), label: "Retours d'expérience" },
];
