/**
 * « Rejected before any of its code could run »: a fiche whose MDX writes marker files when it
 * is executed. The real build must fail with the verifier's French message; with the verifier
 * removed, the compiler's own plugins (the second barrier) must still stop it; and with both
 * removed, the code does run, which proves the fixture is a real attack. No marker may exist
 * after the first two builds, and a clean build writes nothing outside dist/ and its caches.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempProject, type TempProject } from '../helpers/temp-project.ts';

const FIXTURE = join(process.cwd(), 'tests', 'fixtures', 'build', 'fiche-piegee');
const FILE = 'content/fiches/13-fiche-piegee.mdx';
const MARKERS = ['MDX-EXECUTE-A-L-IMPORT.txt', 'MDX-EXECUTE-AU-RENDU.txt'];
const projects: TempProject[] = [];
const markersIn = (root: string) => MARKERS.filter((marker) => existsSync(join(root, marker)));
/**
 * Where a build may write: its output, its caches (Astro's, Vite's dependency cache, the step
 * timings the bench reads in `.tmp/`) and the types Astro generates in `.astro/`.
 */
const OUTPUTS = /^(dist|\.cache|\.astro|\.tmp|node_modules\/\.vite)\//;

/** Every file below `root`, with its size and modification time. */
function snapshot(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(root, join(entry.parentPath, entry.name)).split(sep).join('/');
    const stat = statSync(join(root, path));
    files.set(path, `${stat.size}:${stat.mtimeMs}`);
  }
  return files;
}

afterAll(() => projects.forEach((p) => p.cleanup()));

describe('a fiche with hostile MDX', () => {
  it('stops the build with the file, the line and a French message, and none of its code runs', () => {
    const project = makeTempProject('fiche-piegee', { overlays: [FIXTURE] });
    projects.push(project);
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toContain('Contenu du kit invalide.');
    const lines = readFileSync(join(FIXTURE, FILE), 'utf8').split('\n');
    const lineOf = (start: string) => lines.findIndex((line) => line.startsWith(start)) + 1;
    expect(output).toContain(`${FILE}:${lineOf('import ')} — « import » est interdit dans le contenu : les composants du kit sont disponibles sans import`);
    expect(output).toContain(`${FILE}:${lineOf('export ')} — « export » est interdit dans le contenu`);
    expect(output).toContain(`${FILE}:${lineOf('Une phrase ordinaire, puis une expression')} — les accolades « { } » sont interdites (expression JavaScript)`);
    expect(output).toContain('npm run verifier les liste sans construire le site');
    expect(markersIn(project.root)).toEqual([]);
    expect(markersIn(process.cwd())).toEqual([]);
    // Nothing was compiled or written: the check runs before Astro reads any page.
    expect(existsSync(join(project.root, 'dist')) ? readdirSync(join(project.root, 'dist')) : []).toEqual([]);
  });

  it('is stopped by the second barrier when the verifier is removed, and none of its code runs', () => {
    const project = makeTempProject('fiche-piegee-sans-verification', { overlays: [FIXTURE], withoutVerifier: true });
    projects.push(project);
    const { status, output } = project.build();
    expect(status).not.toBe(0);
    expect(output).toMatch(/Contenu refusé par la construction \(.*content\/fiches\/13-fiche-piegee\.mdx:\d+\) : (import ou export|expression JavaScript)/);
    expect(markersIn(project.root)).toEqual([]);
  });

  it('would run its code if the barriers were removed (guards the two tests above)', () => {
    const project = makeTempProject('fiche-piegee-sans-barriere', { overlays: [FIXTURE], withoutVerifier: true, withoutGuard: true, withoutOpenDataGuard: true });
    projects.push(project);
    project.build();
    expect(markersIn(project.root)).toEqual(MARKERS);
  });
});

describe('a clean build', () => {
  it('writes nothing outside dist/ and its caches', () => {
    const project = makeTempProject('construction-propre');
    projects.push(project);
    const before = snapshot(project.root);
    const { status, output } = project.buildSite({ PDF: '0' });
    expect(status, output.slice(-2000)).toBe(0);
    const after = snapshot(project.root);
    const changed = [...after].filter(([path, stamp]) => before.get(path) !== stamp).map(([path]) => path);
    const removed = [...before.keys()].filter((path) => !after.has(path));
    expect(changed.filter((path) => !OUTPUTS.test(path))).toEqual([]);
    expect(removed).toEqual([]);
    expect(changed.some((path) => path.startsWith('dist/'))).toBe(true);
  });
});
