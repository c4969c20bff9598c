/**
 * The corpus of hostile contributions (tests/fixtures/hostile/): one file per technique, each
 * refused by the verifier with its French message and, on its own, by the build's second
 * barrier, which compiles it exactly as the build does (same processor, same plugins).
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kitMarkdownProcessor } from '../../src/lib/content/markdown-processor.ts';
import { mdxContentOf } from '../../src/lib/content/mdx-pipeline.ts';
import { readContentTree } from '../../src/lib/content/read.ts';
import { verifyContent } from '../../src/lib/content/verify.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { composeFixtureRoot } from '../helpers/fixture-tree.ts';
import { hostileFiche, HOSTILE, HOSTILE_FICHE, hostileCases } from '../helpers/hostile.ts';

const renderer = await kitMarkdownProcessor().createMdxRenderer!(
  { syntaxHighlight: false, gfm: true, smartypants: false } as never,
  { optimize: false, srcDir: new URL('../../src/', import.meta.url), sourcemap: false } as never,
);

function problemsWith(lay: (root: string) => void): string[] {
  const { root, cleanup } = composeFixtureRoot();
  try {
    lay(root);
    return verifyContent(readContentTree(root), { editorial: false }).problems.map(formatProblem);
  } finally {
    cleanup();
  }
}

describe('the hostile corpus', () => {
  const cases = hostileCases();

  it('holds at least forty techniques, each with its expected message', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    const files = [...readdirSync(join(HOSTILE, 'mdx')).map((f) => `mdx/${f}`), ...readdirSync(join(HOSTILE, 'fichiers')).map((f) => `fichiers/${f}`)];
    expect(cases.map((c) => c.path).sort()).toEqual(files.sort());
  });

  it.each(cases.filter((c) => c.kind === 'mdx'))('verifier refuses $path', ({ path, message }) => {
    const problems = problemsWith((root) => writeFileSync(join(root, HOSTILE_FICHE), hostileFiche(readFileSync(join(HOSTILE, path), 'utf8'))));
    expect(problems.filter((p) => p.startsWith(`${HOSTILE_FICHE}:`) && p.includes(message)), problems.join('\n')).not.toEqual([]);
  });

  it.each(cases.filter((c) => c.kind === 'files'))('verifier refuses $path', ({ path, message }) => {
    const problems = problemsWith((root) => cpSync(join(HOSTILE, path, 'content'), join(root, 'content'), { recursive: true }));
    expect(problems.filter((p) => p.includes(message)), problems.join('\n')).not.toEqual([]);
    // Every message names a file and, for these, the line to fix.
    for (const p of problems) expect(p).toMatch(/^content\/\S+:\d+ — /);
  });

  // Every body the parser can read must be stopped by the second barrier on its own; a body it
  // cannot read stops the compilation anyway. Either way nothing is compiled into the site.
  it.each(cases.filter((c) => c.kind === 'mdx'))('second barrier refuses $path', async ({ path }) => {
    const file = join(tmpdir(), HOSTILE_FICHE.replaceAll('/', '-'));
    const text = hostileFiche(readFileSync(join(HOSTILE, path), 'utf8'));
    await expect(renderer.process(mdxContentOf(text), file, {})).rejects.toThrow();
  });

  it('lets the untouched fiche through both barriers (the cases above fail for their payload)', async () => {
    const text = hostileFiche('Une phrase sans piège, avec un [lien](/fiches/) et <Terme id="falc">le FALC</Terme>.');
    expect(problemsWith((root) => writeFileSync(join(root, HOSTILE_FICHE), text))).toEqual([]);
    await expect(renderer.process(mdxContentOf(text), join(tmpdir(), 'propre.mdx'), {})).resolves.toHaveProperty('code');
  });

  it('second barrier refuses a header with « layout », which would import that file into the page', async () => {
    const text = hostileFiche('Une phrase sans piège.');
    await expect(renderer.process(mdxContentOf(text), join(tmpdir(), 'layout.mdx'), { layout: '../../scripts/verifier.ts' })).rejects.toThrow(/champ « layout »/);
  });

  it('reports a broken header and the problems of the body at once', () => {
    const problems = problemsWith((dir) => cpSync(join(HOSTILE, 'fichiers', 'en-tete-casse-et-corps-piege', 'content'), join(dir, 'content'), { recursive: true }));
    expect(problems.some((p) => /YAML illisible/.test(p))).toBe(true);
    expect(problems.some((p) => /« import » est interdit/.test(p))).toBe(true);
  });
});
