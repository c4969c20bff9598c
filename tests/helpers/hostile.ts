/** The corpus of hostile contributions in tests/fixtures/hostile/ and how to lay it over a kit. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VERIFIER_FIXTURES } from './fixture-tree.ts';

export const HOSTILE = join(process.cwd(), 'tests', 'fixtures', 'hostile');

/** Where a hostile body goes: a third fiche beside the two of the clean fixture kit. */
export const HOSTILE_FICHE = 'content/fiches/03-fiche-hostile.mdx';

export interface HostileCase {
  /** `mdx/<technique>.mdx` (a body) or `fichiers/<technique>` (files laid over the kit). */
  path: string;
  kind: 'mdx' | 'files';
  /** A part of the French message the verifier must give. */
  message: string;
}

export function hostileCases(): HostileCase[] {
  return readFileSync(join(HOSTILE, 'attendu.tsv'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [file, message] = line.split('\t') as [string, string];
      return file.startsWith('fichiers/') ? { path: file, kind: 'files', message } : { path: `mdx/${file}`, kind: 'mdx', message };
    });
}

/** A valid fiche n° 3 whose « Comment procéder ? » holds the hostile body. */
export function hostileFiche(body: string): string {
  const base = readFileSync(join(VERIFIER_FIXTURES, 'valide', 'content', 'fiches', '02-seconde-fiche.mdx'), 'utf8');
  return base
    .replace('numero: 2', 'numero: 3')
    .replace('titre: Animer une réunion', 'titre: Une fiche hostile')
    .replace('## Comment procéder ?\n', `## Comment procéder ?\n\n${body.replace(/\n$/, '')}\n`);
}
