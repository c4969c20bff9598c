/**
 * `npm run nouveau` on the real kit: what it writes is refused only for its « À REMPLIR »
 * lines, passes the verifier once they are filled, and nothing is written on a refusal.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLACEHOLDER } from '../../src/lib/content/placeholders.ts';
import { readContentTree } from '../../src/lib/content/read.ts';
import { verifyContent, type SourceFile } from '../../src/lib/content/verify.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { planScaffold, type ScaffoldKind, type ScaffoldOptions } from '../../src/lib/scaffold/plan.ts';
import { CONTRIBUTOR_VALUES, fillPlaceholders } from '../helpers/fill-placeholders.ts';

const content = readContentTree(process.cwd());


const CASES: [ScaffoldKind, ScaffoldOptions][] = [
  ['fiche', { titre: "Accueillir les nouvelles personnes dans le groupe : l'arrivée", phase: 'pendant' }],
  ['outil', { titre: "Fiche d'accueil des nouvelles personnes" }],
  ['experience', { titre: "Accueillir les nouveaux membres d'un conseil citoyen" }],
  ['reference', { titre: 'Un guide pour accueillir', type: 'guide' }],
  ['obstacle', { titre: 'Peur de ne pas trouver sa place' }],
];

function citedInFirstFiche(files: SourceFile[], referenceFile: string): SourceFile[] {
  const id = [...referenceFile.matchAll(/^- id: (\S+)/gm)].at(-1)![1]!;
  const first = files.filter((f) => f.path.startsWith('content/fiches/')).sort((a, b) => a.path.localeCompare(b.path))[0]!;
  return files.map((f) => (f === first ? { ...f, text: f.text.replace(/^references: \[/m, `references: [${id}, `) } : f));
}

function withPlan(files: SourceFile[], path: string, text: string): SourceFile[] {
  return [...files.filter((f) => f.path !== path), { path, text }];
}

describe.each(CASES)('npm run nouveau -- %s', (kind, options) => {
  const plan = planScaffold(kind, options, content);
  if (!plan.ok) throw new Error(plan.message);

  it('is refused only for its « À REMPLIR » lines, each named with its line', () => {
    // The placeholders alone: the editorial rules (lengths) are judged once the text is written.
    const problems = verifyContent(withPlan(content, plan.path, plan.text), { editorial: false }).problems;
    const expectedLines = plan.text
      .split('\n')
      .map((line, index) => (line.includes(PLACEHOLDER) ? index + 1 : 0))
      .filter(Boolean);
    expect(problems.every((p) => p.file === plan.path && p.message.startsWith('consigne du modèle à remplacer')), problems.map(formatProblem).join('\n')).toBe(true);
    expect(problems.map((p) => p.line)).toEqual(expectedLines);
  });

  it('passes the verifier as soon as its placeholders are filled', () => {
    const filled = fillPlaceholders(plan.text, CONTRIBUTOR_VALUES);
    expect(filled).not.toContain(PLACEHOLDER);
    // A new reference is cited where it serves, as CONTRIBUTING asks: here in the first fiche.
    const files = kind === 'reference' ? citedInFirstFiche(content, plan.text) : content;
    expect(verifyContent(withPlan(files, plan.path, filled)).problems.map(formatProblem)).toEqual([]);
  });
});

describe('scripts/nouveau.ts', () => {
  let root: string;
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(process.cwd(), 'scripts', 'nouveau.ts'), ...args], { cwd: root, encoding: 'utf8' });
  const snapshot = () => readContentTree(root).map((f) => `${f.path}\n${f.text}`).join('\n');

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'kit-nouveau-'));
    cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each([
    ['a bad phase', ['fiche', '--titre', 'Un nouveau titre', '--phase', 'avant'], /^Rien n'a été écrit : phase « avant » inconnue : choisissez « amont », « pendant », « apres »\.\n$/],
    ['an existing slug', ['fiche', '--titre', 'Animer une réunion', '--phase', 'pendant'], /^Rien n'a été écrit : une fiche porte déjà l'identifiant « animer-une-reunion » : content\/fiches\/07-animer-une-reunion\.mdx\./],
    ['an existing obstacle', ['obstacle', '--titre', 'Jargon'], /^Rien n'a été écrit : un frein porte déjà l'identifiant « jargon » dans content\/obstacles\.yaml\./],
    ['a missing title', ['experience'], /^Rien n'a été écrit : il manque le titre/],
    ['an unknown option', ['fiche', '--titre', 'Un titre', '--phse', 'amont'], /^Rien n'a été écrit : option « --phse » inconnue\.\nUtilisation :/],
    ['an unknown kind', ['page', '--titre', 'Un titre'], /^Rien n'a été écrit : type « page » inconnu/],
  ])('refuses %s in French, exits 1 and writes nothing', (_case, args, message) => {
    const before = snapshot();
    const result = run(...args);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(1);
    expect(snapshot()).toBe(before);
  });

  it('writes the planned fiche and says what to do next', () => {
    const result = run('fiche', '--titre', 'Accueillir les nouvelles personnes', '--phase', 'pendant');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Fichier créé : content\/fiches\/13-accueillir-les-nouvelles-personnes\.mdx \(identifiant « accueillir-les-nouvelles-personnes »\)\.\n/);
    expect(result.stdout).toContain('npm run verifier');
    const written = readFileSync(join(root, 'content/fiches/13-accueillir-les-nouvelles-personnes.mdx'), 'utf8');
    const plan = planScaffold('fiche', { titre: 'Accueillir les nouvelles personnes', phase: 'pendant' }, content);
    expect(plan.ok && plan.text).toBe(written);
    expect(written).toMatch(/^---\nnumero: 13\ntitre: Accueillir les nouvelles personnes\nphase: pendant\n/);
    // A second run with the same title is refused: the slug is now taken.
    const again = run('fiche', '--titre', 'Accueillir les nouvelles personnes', '--phase', 'amont');
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/content\/fiches\/13-accueillir-les-nouvelles-personnes\.mdx/);
  });
});
