import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const VERIFIER_FIXTURES = join(process.cwd(), 'tests', 'fixtures', 'verifier');

/** The cases under tests/fixtures/verifier/, apart from the clean base `valide`. */
export function verifierCases(): string[] {
  return readdirSync(VERIFIER_FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'valide')
    .map((entry) => entry.name)
    .sort();
}

/**
 * A repository root made of the clean fixture kit with one case's files laid over it
 * (same path: replaced; new path: added). Returns the root and a cleanup function.
 */
export function composeFixtureRoot(caseName?: string): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), `kit-verifier-${caseName ?? 'valide'}-`));
  cpSync(join(VERIFIER_FIXTURES, 'valide', 'content'), join(root, 'content'), { recursive: true });
  if (caseName) cpSync(join(VERIFIER_FIXTURES, caseName, 'content'), join(root, 'content'), { recursive: true });
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
