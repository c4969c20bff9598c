/**
 * « Rejected before any of its code could run »: a fiche whose MDX writes marker files when it
 * is executed. The guard build (same project, content check removed) proves the code does run
 * when nothing stops it; the real build must fail with the verifier's French message, and no
 * marker may exist afterwards.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempProject, type TempProject } from '../helpers/temp-project.ts';

const FIXTURE = join(process.cwd(), 'tests', 'fixtures', 'build', 'fiche-piegee');
const FILE = 'content/fiches/13-fiche-piegee.mdx';
const MARKERS = ['MDX-EXECUTE-A-L-IMPORT.txt', 'MDX-EXECUTE-AU-RENDU.txt'];
const projects: TempProject[] = [];
const markersIn = (root: string) => MARKERS.filter((marker) => existsSync(join(root, marker)));

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

  it('would run its code if the check were removed (guards the test above)', () => {
    const project = makeTempProject('fiche-piegee-sans-verification', { overlays: [FIXTURE], withoutVerifier: true });
    projects.push(project);
    project.build();
    expect(markersIn(project.root)).toEqual(MARKERS);
  });
});
