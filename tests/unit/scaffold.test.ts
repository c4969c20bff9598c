import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readMdx } from '../../src/lib/content/mdx-tree.ts';
import { parseMdxSource } from '../../src/lib/content/mdx-source.ts';
import { extractHeadings } from '../../src/lib/content/headings.ts';
import { yamlFolded, yamlScalar } from '../../src/lib/content/yaml-text.ts';
import { slugify } from '../../src/lib/scaffold/slug.ts';
import { nextFicheNumber, planScaffold } from '../../src/lib/scaffold/plan.ts';
import { EXPERIENCE_HEADINGS, ficheTemplate, OUTIL_HEADINGS } from '../../src/lib/scaffold/templates.ts';
import { FICHE_RUBRICS } from '../../src/schemas/index.ts';
import { validTree } from '../helpers/fixtures.ts';

describe('slugify', () => {
  it.each([
    ["Faciliter l'expression de toutes et de tous", 'faciliter-l-expression-de-toutes-et-de-tous'],
    ['Évaluer la démarche avec les participants', 'evaluer-la-demarche-avec-les-participants'],
    ['Cœur de l’action : « aller vers » !', 'coeur-de-l-action-aller-vers'],
    ['  Règles   du groupe — version 2 ', 'regles-du-groupe-version-2'],
    ['Ça, c’est l’œuvre d’ÉLUES', 'ca-c-est-l-oeuvre-d-elues'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('cuts a long title between words', () => {
    const slug = slugify('Organiser la logistique et prendre en charge les frais de transport, de garde et de repas', 40);
    expect(slug).toBe('organiser-la-logistique-et-prendre-en');
    expect(slug.length).toBeLessThanOrEqual(40);
  });

  it('gives nothing usable for a title without letters or digits', () => {
    expect(slugify('« … » !')).toBe('');
  });
});

describe('yamlScalar and yamlFolded', () => {
  it.each([
    'Animer une réunion',
    "L'équipe : ce qu'elle fait",
    '« Ça ne changera rien »',
    'yes',
    '2016',
    '- une liste ?',
    'un # qui n’est pas un commentaire',
    'guillemets "doubles" et \\ barre',
    '[crochets]',
  ])('keeps « %s » as the same string once parsed', (value) => {
    expect(parse(`titre: ${yamlScalar(value)}`)).toEqual({ titre: value });
  });

  it('writes plain text unquoted when YAML reads it as is', () => {
    expect(yamlScalar("Faciliter l'expression")).toBe("Faciliter l'expression");
    expect(yamlScalar('Un titre : deux parties')).toBe('"Un titre : deux parties"');
  });

  it('folds long text and keeps it intact, whatever it holds', () => {
    const text = 'Premier paragraphe : avec « deux-points » # et dièse.\n\nSecond   paragraphe,\nsur deux lignes.';
    expect(parse(`resume: ${yamlFolded(text)}\nautre: x`)).toEqual({
      resume: 'Premier paragraphe : avec « deux-points » # et dièse.\nSecond paragraphe, sur deux lignes.',
      autre: 'x',
    });
  });
});

describe('nextFicheNumber', () => {
  it('follows the highest number in use', () => {
    expect(nextFicheNumber(validTree())).toBe(3);
    expect(nextFicheNumber([{ path: 'content/fiches/12-x.mdx', text: '' }, { path: 'content/fiches/03-y.mdx', text: '' }])).toBe(13);
    expect(nextFicheNumber([])).toBe(1);
  });
});

describe('planScaffold', () => {
  const tree = validTree();

  it('plans a fiche with the next number and a slug from the title', () => {
    const plan = planScaffold('fiche', { titre: "Préparer l'accueil", phase: 'pendant' }, tree);
    expect(plan).toMatchObject({ ok: true, path: 'content/fiches/03-preparer-l-accueil.mdx', mode: 'create', id: 'preparer-l-accueil' });
  });

  it('writes a fiche whose header is valid YAML and whose body has the four rubrics, in order', () => {
    const text = ficheTemplate({ numero: 13, titre: 'Un titre : avec deux-points', phase: 'amont' });
    const mdx = parseMdxSource(text);
    expect(mdx.frontmatter.errors).toEqual([]);
    expect(mdx.frontmatter.data).toMatchObject({ numero: 13, titre: 'Un titre : avec deux-points', phase: 'amont' });
    expect(extractHeadings(mdx.body).map((h) => `${h.depth} ${h.text}`)).toEqual(FICHE_RUBRICS.map((r) => `2 ${r}`));
    expect(readMdx(text).findings).toEqual([]);
  });

  it.each([
    ['outil', { titre: 'Une grille de suivi', type: 'grille' }, 'content/outils/une-grille-de-suivi.mdx', OUTIL_HEADINGS],
    ['experience', { titre: 'Une expérience réelle' }, 'content/experiences/une-experience-reelle.mdx', EXPERIENCE_HEADINGS],
  ] as const)('writes a valid %s with its headings and no forbidden MDX', (kind, options, path, headings) => {
    const plan = planScaffold(kind, options, tree);
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.path).toBe(path);
    const mdx = parseMdxSource(plan.text);
    expect(mdx.frontmatter.errors).toEqual([]);
    expect(extractHeadings(mdx.body).map((h) => h.text)).toEqual([...headings]);
    expect(readMdx(plan.text).findings).toEqual([]);
  });

  it.each(['reference', 'obstacle'] as const)('appends a %s to its list file, which stays a valid list', (kind) => {
    const path = kind === 'reference' ? 'content/bibliographie.yaml' : 'content/obstacles.yaml';
    const before = tree.find((f) => f.path === path)!.text;
    const plan = planScaffold(kind, { titre: 'Un nouvel élément du kit' }, tree);
    if (!plan.ok) throw new Error(plan.message);
    expect(plan).toMatchObject({ mode: 'append', path, id: 'un-nouvel-element-du-kit' });
    expect(plan.text.startsWith(before.trimEnd())).toBe(true);
    const list = parse(plan.text) as { id: string }[];
    expect(list.map((e) => e.id)).toEqual([...(parse(before) as { id: string }[]).map((e) => e.id), 'un-nouvel-element-du-kit']);
  });

  it.each([
    ['a bad phase', 'fiche', { titre: 'Un titre', phase: 'avant' }, "phase « avant » inconnue : choisissez « amont », « pendant », « apres »."],
    ['a missing phase', 'fiche', { titre: 'Un titre' }, 'il manque la phase de la fiche : ajoutez --phase suivi de « amont », « pendant », « apres ».'],
    ['a missing title', 'outil', {}, 'il manque le titre : ajoutez --titre "…", par exemple npm run nouveau -- outil --titre "Mon titre".'],
    ['an existing fiche slug', 'fiche', { titre: 'Première fiche', phase: 'amont' }, "une fiche porte déjà l'identifiant « premiere-fiche » : content/fiches/01-premiere-fiche.mdx. Choisissez un autre titre ou ajoutez --id."],
    ['an existing outil', 'outil', { titre: 'Outil un' }, "un outil porte déjà l'identifiant « outil-un » : content/outils/outil-un.mdx. Choisissez un autre titre ou ajoutez --id."],
    ['an existing obstacle id', 'obstacle', { titre: 'Jargon' }, "un frein porte déjà l'identifiant « jargon » dans content/obstacles.yaml. Choisissez un autre titre ou ajoutez --id."],
    ['an existing reference id', 'reference', { titre: 'Un autre titre', id: 'ref-un' }, "une référence porte déjà l'identifiant « ref-un » dans content/bibliographie.yaml. Choisissez un autre titre ou ajoutez --id."],
    ['an invalid id', 'outil', { titre: 'Un titre', id: 'Mon_Outil' }, 'identifiant « Mon_Outil » invalide : lettres minuscules sans accent, chiffres et tirets (ex. « charte-locale »).'],
    ['a title without letters', 'outil', { titre: '« … » ! ?' }, "le titre ne donne pas d'identifiant utilisable : ajoutez --id mon-identifiant."],
    ['an unknown type of outil', 'outil', { titre: 'Un titre', type: 'tableau' }, 'type « tableau » inconnu : choisissez « argumentaire », « modele », « grille », « charte », « trame », « methode », « support-visuel ».'],
  ] as const)('refuses %s with a French message', (_case, kind, options, message) => {
    expect(planScaffold(kind, options, tree)).toEqual({ ok: false, message });
  });

  it('refuses an unknown kind and an option that does not apply, showing how to use the command', () => {
    const unknown = planScaffold('page', { titre: 'Un titre' }, tree);
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.message).toMatch(/^type « page » inconnu : choisissez « fiche », « outil », « experience », « reference », « obstacle »\.\nUtilisation : npm run nouveau/);
    const misplaced = planScaffold('fiche', { titre: 'Un titre', phase: 'amont', rubrique: 'rendre-compte' }, tree);
    if (!misplaced.ok) expect(misplaced.message).toMatch(/^l'option --rubrique ne s'applique pas à une fiche\./);
    expect(misplaced.ok).toBe(false);
  });

  it('refuses to append to a list file it cannot read', () => {
    const broken = [...tree.filter((f) => f.path !== 'content/obstacles.yaml'), { path: 'content/obstacles.yaml', text: '- id: [' }];
    expect(planScaffold('obstacle', { titre: 'Un frein nouveau' }, broken)).toEqual({
      ok: false,
      message: "content/obstacles.yaml est illisible : lancez npm run verifier pour le corriger avant d'ajouter un frein.",
    });
  });
});
