/**
 * `npm run verifier` as a contributor runs it: the real CLI on fixture folders on disk.
 * Each case of tests/fixtures/verifier/ lays a few broken files over a small clean kit and
 * lists in `attendu.txt` the exact lines the CLI must print (file, line, French message).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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

  it('accepts the clean fixture (with its content/LICENSE) and exits 0', () => {
    const { root, cleanup } = composeFixtureRoot();
    try {
      const { status, stdout, stderr } = runVerifier(root);
      expect(stderr).toBe('');
      expect(stdout).toMatch(/^Contenu vérifié en [\d.]+ s : 2 fiches, 1 frein, 2 outils, 2 références, 2 termes, 1 retour d'expérience, 0 questionnaire, 1 vidéo\. Aucun problème\.\n$/);
      expect(status).toBe(0);
    } finally {
      cleanup();
    }
  });

  it.each(verifierCases())('rejects « %s » with the expected file, line and French message', (name) => {
    const expected = readFileSync(join(VERIFIER_FIXTURES, name, 'attendu.txt'), 'utf8').trimEnd().split('\n');
    const { root, cleanup } = composeFixtureRoot(name);
    try {
      const { status, stdout, stderr } = runVerifier(root);
      const [problems = '', summary = ''] = stderr.split('\n\n');
      expect(problems.split('\n')).toEqual(expected);
      const count = expected.length;
      expect(summary).toMatch(new RegExp(`^${count} problèmes? à corriger dans \\d+ fichiers? \\([\\d.]+ s\\)\\.\\n$`));
      expect(stdout).toBe('');
      expect(status).toBe(1);
      for (const line of expected) expect(line).toMatch(/^content\/[^\s:]+(:\d+)? — \S/);
    } finally {
      cleanup();
    }
  });

  it('says in French when there is no content folder, with exit code 2', () => {
    const { status, stderr } = runVerifier(join(VERIFIER_FIXTURES, 'dossier-absent'));
    expect(stderr).toMatch(/^Dossier introuvable : .*content\. Lancez la commande à la racine du dépôt/);
    expect(status).toBe(2);
  });
});
