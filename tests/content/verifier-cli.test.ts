/**
 * `npm run verifier` as a contributor runs it. Each case of tests/fixtures/verifier/ lays a few
 * broken files over a small clean kit and lists in `attendu.txt` the exact lines the verifier
 * must print (file, line, French message). The cases call the verifier in-process (fast); the
 * real CLI runs once on a clean kit and once on a broken one, for its output and exit codes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, sortProblems } from '../../src/lib/content/problems.ts';
import { readContentTree } from '../../src/lib/content/read.ts';
import { verifyContent } from '../../src/lib/content/verify.ts';
import { composeFixtureRoot, VERIFIER_FIXTURES, verifierCases } from '../helpers/fixture-tree.ts';

/** Each class of error the verifier must catch, and the case that proves it. */
const CLASSES: Record<string, string> = {
  schema: 'erreurs de schéma (zod, messages en français) et en-tête manquant',
  rubriques: 'les quatre rubriques absentes ou dans le désordre',
  'identifiants-en-double': 'identifiants en double (liste YAML, fichiers de fiche)',
  numeros: 'numéros de fiche en double ou contraires au nom du fichier',
  'references-inconnues': 'références vers des freins, outils, fiches, références ou termes absents',
  'liens-internes': "liens internes vers des pages qui n'existent pas, adresses qui exécuteraient du code (javascript:)",
  images: 'images sans texte alternatif ou chargées depuis un autre site',
  'mdx-interdit': "import, export, expressions, <script>, <iframe>, gestionnaires d'événement",
  'html-brut': 'HTML hors de la liste autorisée',
  'consignes-a-remplir': 'consignes « À REMPLIR » laissées par le gabarit',
  'yaml-illisible': 'YAML illisible',
  'fichiers-inattendus': 'fichiers mal nommés ou inattendus dans content/',
  nouveautes: 'nouveautés : date impossible, fiche ou outil absents, identifiant en double',
  parcours: "étapes de parcours vers une fiche, un élément de liste, un outil, un frein ou un questionnaire absents ; étape à zéro ou deux cibles ; rubrique inconnue ; identifiant différent du nom du fichier",
  videos: 'film lié sans description, page ni source ; vidéo hébergée sans sous-titres ni transcription ; lecteur ou adresse d\'un autre site ; ancien outil « video »',
};

function runVerifier(root: string) {
  const result = spawnSync(process.execPath, [join(process.cwd(), 'scripts', 'verifier.ts'), root], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run verifier on fixture folders', () => {
  it('has one fixture folder per class of error, and no undocumented one', () => {
    expect(verifierCases()).toEqual(Object.keys(CLASSES).sort());
  });

  it('accepts the real kit, says what it counted, and exits 0', () => {
    const { status, stdout, stderr } = runVerifier(process.cwd());
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^Contenu vérifié en [\d.]+ s : \d+ fiches?, \d+ freins?, \d+ outils?, \d+ références?, \d+ termes?, \d+ retours? d'expérience, \d+ questionnaires?, \d+ vidéos?, \d+ parcours\. Aucun problème\.\n$/);
    expect(status).toBe(0);
  });

  it.each(verifierCases())('rejects « %s » with the expected file, line and French message', (name) => {
    const expected = readFileSync(join(VERIFIER_FIXTURES, name, 'attendu.txt'), 'utf8').trimEnd().split('\n');
    const { root, cleanup } = composeFixtureRoot(name);
    try {
      const lines = sortProblems(verifyContent(readContentTree(root), { editorial: false }).problems).map(formatProblem);
      expect(lines).toEqual(expected);
      for (const line of expected) expect(line).toMatch(/^content\/[^\s:]+(:\d+)? — \S/);
    } finally {
      cleanup();
    }
  });

  it('prints the problems of a broken kit on stderr, with their count, and exits 1', () => {
    const root = mkdtempSync(join(tmpdir(), 'kit-verifier-cli-'));
    try {
      cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
      const fiche = readdirSync(join(root, 'content', 'fiches')).sort()[0]!;
      const path = join(root, 'content', 'fiches', fiche);
      const text = readFileSync(path, 'utf8');
      writeFileSync(path, `${text}\nUn total : {1 + 1}.\n`);
      const line = text.split('\n').length + 1;
      const { status, stdout, stderr } = runVerifier(root);
      expect(stderr).toMatch(new RegExp(`^content/fiches/${fiche.replace('.', '\\.')}:${line} — les accolades « \\{ \\} » sont interdites .*\\n\\n1 problème à corriger dans \\d+ fichiers \\([\\d.]+ s\\)\\.\\n$`));
      expect(stdout).toBe('');
      expect(status).toBe(1);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('says in French when there is no content folder, with exit code 2', () => {
    const { status, stderr } = runVerifier(join(VERIFIER_FIXTURES, 'dossier-absent'));
    expect(stderr).toMatch(/^Dossier introuvable : .*content\. Lancez la commande à la racine du dépôt/);
    expect(status).toBe(2);
  });
});
