/**
 * The Frictionless Data Package (v2) describing the open data of /donnees/: kit.json, its schema
 * and the CSV tables, with the licence, the sources and the date of the content. Paths are
 * relative to datapackage.json, which sits beside the files: the folder can be published as is
 * (on data.gouv.fr for instance) without knowing the site's address.
 */
import type { KitJson } from '../../schemas/kit-json.ts';
import type { OpenTable } from './tables.ts';

export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

export const OPEN_LICENCE = {
  name: 'etalab-2.0',
  path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
  title: 'Licence Ouverte / Open Licence version 2.0',
} as const;

/** The bibliography for reference managers, written by src/lib/citations.ts. */
export const BIBLIOGRAPHY_FILES = [
  { name: 'bibliographie-bibtex', path: 'bibliographie.bib', title: 'Bibliographie (BibTeX)', description: 'Les références au format BibTeX, pour LaTeX, Zotero ou JabRef.', format: 'bib', mediatype: 'application/x-bibtex' },
  { name: 'bibliographie-ris', path: 'bibliographie.ris', title: 'Bibliographie (RIS)', description: 'Les références au format RIS, pour Zotero, EndNote ou un traitement de texte.', format: 'ris', mediatype: 'application/x-research-info-systems' },
  { name: 'bibliographie-csl', path: 'bibliographie.json', title: 'Bibliographie (CSL-JSON)', description: 'Les références au format CSL-JSON, celui des styles de citation.', format: 'json', mediatype: 'application/vnd.citationstyles.csl+json' },
] as const;

export interface PackageInput {
  kit: KitJson;
  tables: OpenTable[];
  /** The site's public address, when known: the package's home page. */
  homepage?: string;
}

/** The newest content date of the kit, or undefined when the history was not there. */
export function contentDate(kit: KitJson): string | undefined {
  const dates = [...kit.fiches, ...kit.outils, ...kit.obstacles, ...kit.experiences].map((item) => item.misAJour);
  if (dates.some((date) => date === null)) return undefined;
  return (dates as string[]).sort((a, b) => Date.parse(a) - Date.parse(b)).at(-1);
}

export function dataPackage({ kit, tables, homepage }: PackageInput): Record<string, unknown> {
  const created = contentDate(kit);
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: 'kit-participation-citoyenne',
    title: kit.titre,
    description:
      "Le Kit de la participation citoyenne aux politiques de solidarité en données ouvertes : fiches, outils, freins et réponses, bibliographie, glossaire, retours d'expérience, auto-évaluations et films. Le fichier kit.json contient tout, textes compris (en Markdown et en HTML) ; les tables CSV reprennent les collections qui tiennent en lignes.",
    ...(homepage ? { homepage } : {}),
    // The date of the newest content change: the package describes the kit as it was then.
    ...(created ? { created: new Date(created).toISOString() } : {}),
    keywords: ['participation citoyenne', 'politiques de solidarité', 'action sociale', 'pouvoir d\'agir'],
    licenses: [OPEN_LICENCE],
    sources: [
      { title: 'Kit de la participation citoyenne aux politiques de solidarité, Direction générale de la cohésion sociale (DGCS), 2016' },
      { title: 'Bibliographie du kit : documents réels cités par les fiches (table references.csv)', path: 'references.csv' },
    ],
    resources: [
      {
        name: 'kit',
        path: 'kit.json',
        title: 'Le kit complet',
        description: `Tout le kit en un seul fichier JSON (format ${kit.format}), décrit par le JSON Schema kit.schema.json.`,
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        licenses: [OPEN_LICENCE],
      },
      {
        name: 'kit-schema',
        path: 'kit.schema.json',
        title: 'Schéma de kit.json',
        description: 'JSON Schema (draft 2020-12) de kit.json.',
        format: 'json',
        mediatype: 'application/schema+json',
        encoding: 'utf-8',
      },
      ...tables.map((table) => ({
        name: table.name,
        type: 'table',
        path: `${table.name}.csv`,
        title: table.title,
        description: table.description,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        licenses: [OPEN_LICENCE],
        schema: { fields: table.fields, primaryKey: ['id'] },
      })),
      ...BIBLIOGRAPHY_FILES.map((file) => ({ ...file, encoding: 'utf-8', licenses: [OPEN_LICENCE] })),
    ],
  };
}
