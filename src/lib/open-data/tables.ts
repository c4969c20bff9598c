/**
 * The CSV tables of the open data, made from the published kit.json so that both always say the
 * same thing, each with its Table Schema (Frictionless) for the Data Package.
 * Lists (of ids, of authors) are joined by « ; » in a `string` column: the Data Package 2.0
 * profile has no list type, and « ; » never appears in an id.
 */
import type { KitJson } from '../../schemas/kit-json.ts';
import { toCsv, type Cell } from './csv.ts';

type FieldType = 'string' | 'integer' | 'datetime';

interface Column<T> {
  name: string;
  type: FieldType;
  description: string;
  value(item: T): Cell | readonly string[];
}

export interface TableField {
  name: string;
  type: FieldType;
  description: string;
}

export interface OpenTable {
  /** The resource's name and file: `fiches` → `fiches.csv`. */
  name: string;
  title: string;
  description: string;
  fields: TableField[];
  csv: string;
}

const LIST_SEPARATOR = ';';
const col = <T,>(name: string, type: FieldType, description: string, value: Column<T>['value']): Column<T> => ({ name, type, description, value });
const ids = <T,>(name: string, description: string, value: (item: T) => readonly string[]) => col<T>(name, 'string', `${description}, séparés par « ${LIST_SEPARATOR} »`, value);
const page = <T extends { page: string },>() => col<T>('page', 'string', "Adresse de la page sur le site", (item) => item.page);
const date = <T extends { misAJour: string | null },>() => col<T>('misAJour', 'datetime', 'Date de la dernière modification du fichier de contenu (historique git) ; vide si inconnue', (item) => item.misAJour);

function table<T>(name: string, title: string, description: string, columns: Column<T>[], items: readonly T[]): OpenTable {
  const cell = (value: Cell | readonly string[]): Cell => (Array.isArray(value) ? value.join(LIST_SEPARATOR) : (value as Cell));
  return {
    name,
    title,
    description,
    fields: columns.map(({ name: field, type, description: text }) => ({ name: field, type, description: text })),
    csv: toCsv(columns.map((c) => c.name), items.map((item) => columns.map((c) => cell(c.value(item))))),
  };
}

type Fiche = KitJson['fiches'][number];
type Outil = KitJson['outils'][number];
type Obstacle = KitJson['obstacles'][number];
type Reference = KitJson['references'][number];
type Terme = KitJson['glossaire'][number];

/** The tables published, in this order; each is `/donnees/<name>.csv`. */
export const OPEN_TABLE_NAMES = ['fiches', 'outils', 'obstacles', 'references', 'glossaire'] as const;

export function openTables(kit: KitJson): OpenTable[] {
  return [
    table<Fiche>('fiches', 'Fiches', 'Les fiches opérationnelles, une par ligne ; leur texte complet est dans kit.json.', [
      col('id', 'string', 'Identifiant stable', (f) => f.id),
      col('numero', 'integer', 'Numéro de la fiche', (f) => f.numero),
      col('titre', 'string', 'Titre', (f) => f.titre),
      col('phase', 'string', 'Phase : amont, pendant ou apres', (f) => f.phase),
      col('essentiel', 'string', "L'essentiel de la fiche", (f) => f.essentiel),
      ids('obstacles', 'Freins auxquels la fiche répond (identifiants)', (f) => f.obstacles),
      ids('outils', 'Outils de la fiche (identifiants)', (f) => f.outils),
      ids('fichesLiees', 'Fiches liées (identifiants)', (f) => f.fichesLiees),
      ids('references', 'Références de la bibliographie (identifiants)', (f) => f.references),
      page(),
      col('pdf', 'string', 'Adresse du PDF', (f) => f.pdf),
      date(),
    ], kit.fiches),
    table<Outil>('outils', 'Outils', 'Les outils prêts à l\'emploi ; leur texte complet est dans kit.json.', [
      col('id', 'string', 'Identifiant stable', (o) => o.id),
      col('titre', 'string', 'Titre', (o) => o.titre),
      col('type', 'string', "Type d'outil", (o) => o.type),
      col('resume', 'string', 'Résumé', (o) => o.resume),
      col('quand', 'string', "Quand s'en servir", (o) => o.quand),
      col('pourQui', 'string', 'Pour qui', (o) => o.pourQui),
      col('duree', 'string', 'Durée', (o) => o.duree),
      ids('phases', 'Phases (identifiants)', (o) => o.phases),
      ids('fiches', 'Fiches (identifiants)', (o) => o.fiches),
      ids('obstacles', 'Freins (identifiants)', (o) => o.obstacles),
      ids('references', 'Références (identifiants)', (o) => o.references),
      page(),
      col('pdf', 'string', 'Adresse du PDF', (o) => o.pdf),
      date(),
    ], kit.outils),
    table<Obstacle>('obstacles', 'Freins et réponses', 'Les freins et réticences, avec leur réponse.', [
      col('id', 'string', 'Identifiant stable', (o) => o.id),
      col('libelle', 'string', 'Le frein en quelques mots', (o) => o.libelle),
      col('famille', 'string', 'Famille de freins', (o) => o.famille),
      col('objection', 'string', "L'objection telle qu'on l'entend", (o) => o.objection),
      ids('formulations', "Autres façons de l'entendre", (o) => o.formulations),
      col('reponse', 'string', 'La réponse', (o) => o.reponse),
      ids('fiches', 'Fiches qui y répondent (identifiants)', (o) => o.fiches),
      ids('outils', 'Outils (identifiants)', (o) => o.outils),
      page(),
      date(),
    ], kit.obstacles),
    table<Reference>('references', 'Références', 'La bibliographie : documents réels cités par le kit.', [
      col('id', 'string', 'Identifiant stable', (r) => r.id),
      col('type', 'string', 'Type de document', (r) => r.type),
      ids('auteurs', 'Autrices, auteurs ou institutions', (r) => r.auteurs),
      col('titre', 'string', 'Titre', (r) => r.titre),
      col('annee', 'integer', 'Année de publication', (r) => r.annee),
      col('editeur', 'string', 'Éditeur', (r) => r.editeur),
      col('conteneur', 'string', 'Revue ou collection', (r) => r.conteneur),
      col('url', 'string', 'Adresse du document', (r) => r.url),
      col('langue', 'string', 'Langue (code à deux lettres), si autre que le français', (r) => r.langue),
      col('apport', 'string', "Ce que le document apporte au kit", (r) => r.apport),
      page(),
    ], kit.references),
    table<Terme>('glossaire', 'Glossaire', 'Les mots de la participation et leur définition.', [
      col('id', 'string', 'Identifiant stable', (t) => t.id),
      col('terme', 'string', 'Le mot', (t) => t.terme),
      col('definition', 'string', 'Sa définition', (t) => t.definition),
      ids('voirAussi', 'Termes voisins (identifiants)', (t) => t.voirAussi),
      page(),
    ], kit.glossaire),
  ];
}
