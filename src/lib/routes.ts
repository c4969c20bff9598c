import { URL_RULE, classifyUrl } from './url-policy.ts';

/**
 * Every URL of the site, without `base`. Pages and components add the base with `withBase`,
 * so the site works under a sub-path (GitHub Pages, a ministry's folder).
 */
export const routes = {
  home: () => '/',
  fiches: () => '/fiches/',
  fiche: (id: string) => `/fiches/${id}/`,
  phase: (id: string) => `/phases/${id}/`,
  obstacles: () => '/obstacles/',
  obstacle: (id: string) => `/obstacles/${id}/`,
  outils: () => '/outils/',
  outil: (id: string) => `/outils/${id}/`,
  bibliographie: () => '/bibliographie/',
  reference: (id: string) => `/bibliographie/#${id}`,
  glossaire: () => '/glossaire/',
  terme: (id: string) => `/glossaire/#${id}`,
  experiences: () => '/experiences/',
  experience: (id: string) => `/experiences/${id}/`,
  videos: () => '/videos/',
  video: (id: string) => `/videos/#${id}`,
  autoevaluation: () => '/autoevaluation/',
  /** A self-assessment (`amont`, `pendant`, `apres`) or the « idées reçues » quiz, by its id in content. */
  questionnaire: (id: string) => `/autoevaluation/${id}/`,
  parcoursList: () => '/parcours/',
  parcours: (id: string) => `/parcours/${id}/`,
  monSuivi: () => '/mon-suivi/',
  recherche: () => '/recherche/',
  contribuer: () => '/contribuer/',
  aPropos: () => '/a-propos/',
  accessibilite: () => '/accessibilite/',
  planDuSite: () => '/plan-du-site/',
  horsLigne: () => '/hors-ligne/',
  /** Served by the service worker, offline, in place of an address never saved. */
  reseauAbsent: () => '/hors-ligne/reseau-absent/',
  webManifest: () => '/manifest.webmanifest',
  nouveautes: () => '/nouveautes/',
  nouveaute: (id: string) => `/nouveautes/#${id}`,
  /** The Atom feed of /nouveautes/. */
  nouveautesFeed: () => '/nouveautes.xml',
  kitJson: () => '/donnees/kit.json',
  kitSchema: () => '/donnees/kit.schema.json',
  /** The page that explains the open data files. */
  donnees: () => '/donnees/',
  dataPackage: () => '/donnees/datapackage.json',
  /** The bibliography for reference managers: `bib` (BibTeX), `ris` (RIS), `json` (CSL-JSON). */
  bibliographyExport: (format: 'bib' | 'ris' | 'json') => `/donnees/bibliographie.${format}`,
  /** A CSV table of the open data, by its resource name (`fiches`, `glossaire`…). */
  csvTable: (name: string) => `/donnees/${name}.csv`,
  pdfFiche: (id: string) => `/pdf/${id}.pdf`,
  pdfOutil: (id: string) => `/pdf/outils/${id}.pdf`,
  pdfParcours: (id: string) => `/pdf/parcours/${id}.pdf`,
  pdfKit: () => '/pdf/kit-participation-citoyenne.pdf',
  /** The editable copies (ODT, DOCX) of a document sit next to its PDF, with the same name. */
  editable: (pdf: string, format: 'odt' | 'docx') => `${pdf.replace(/\.pdf$/, '')}.${format}`,
  /** Print-only page of the whole kit: the PDF step prints it, then removes it from the build. */
  impressionKit: () => '/impression/kit/',
} as const;

/** Pages made only to be printed: never in the sitemap, never left in the published site. */
export const PRINT_ROUTES_PREFIX = '/impression/';

/** Joins Astro's `base` (with or without trailing slash) and a root-relative path. */
export function withBase(base: string, path: string): string {
  const trimmed = base.replace(/\/+$/, '');
  if (!path.startsWith('/')) return path;
  return `${trimmed}${path}` || '/';
}

/** Makes an absolute URL when the site's address is known. */
export function absoluteUrl(site: string, base: string, path: string): string {
  return new URL(withBase(base, path).replace(/^\//, ''), site.endsWith('/') ? site : `${site}/`).href;
}

export interface RouteIds {
  fiches: string[];
  obstacles: string[];
  outils: string[];
  experiences: string[];
  phases: string[];
  /** Ids of content/autoevaluations/*.yaml: self-assessments and quizzes. */
  questionnaires: string[];
  parcours: string[];
}

/** Every HTML page the site builds, from the ids of its collections. */
export function allPagePaths(ids: RouteIds): string[] {
  return [
    routes.home(),
    routes.fiches(),
    ...ids.fiches.map(routes.fiche),
    ...ids.phases.map(routes.phase),
    routes.obstacles(),
    ...ids.obstacles.map(routes.obstacle),
    routes.outils(),
    ...ids.outils.map(routes.outil),
    routes.bibliographie(),
    routes.glossaire(),
    routes.experiences(),
    ...ids.experiences.map(routes.experience),
    routes.videos(),
    routes.autoevaluation(),
    ...ids.questionnaires.map(routes.questionnaire),
    routes.parcoursList(),
    ...ids.parcours.map(routes.parcours),
    routes.monSuivi(),
    routes.recherche(),
    routes.contribuer(),
    routes.aPropos(),
    routes.accessibilite(),
    routes.planDuSite(),
    routes.nouveautes(),
    routes.donnees(),
    routes.horsLigne(),
    routes.reseauAbsent(),
  ];
}

/**
 * A link written in content: site paths get the base (content is written as if the site were at
 * the root), outside addresses are marked so that pages add rel="noopener noreferrer". An address
 * the one rule refuses (`javascript:`, `//autre.site`…) stops the build, named in the error: the
 * verifier should have reported it already, this is the barrier behind it.
 */
export function contentLink(base: string, url: string): { href: string; external: boolean } {
  const address = url.trim();
  const verdict = classifyUrl(address);
  if (!verdict.ok) throw new Error(`Lien refusé : « ${url} » (${verdict.reason}). ${URL_RULE[0]!.toUpperCase()}${URL_RULE.slice(1)}.`);
  if (verdict.kind === 'external') return { href: address, external: true };
  return { href: withBase(base, address), external: false };
}
