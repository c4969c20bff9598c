/**
 * « The build fails (not warns) on a broken internal link »: a copy of the project whose « À propos »
 * page links to a page that does not exist. The content verifier cannot see it (it is not content);
 * the last step of `npm run build` must refuse the build, naming the page and the link.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempProject, type TempProject } from '../helpers/temp-project.ts';

const projects: TempProject[] = [];
afterAll(() => projects.forEach((p) => p.cleanup()));

describe('the last step of npm run build', () => {
  it('refuses a build with a broken internal link, in French, naming the page and the link', () => {
    const project = makeTempProject('lien-casse');
    projects.push(project);
    const page = join(project.root, 'src', 'pages', 'a-propos.astro');
    const text = readFileSync(page, 'utf8');
    const broken = text.replace('<h1>À propos du kit</h1>', '<h1>À propos du kit</h1><p><a href="/page-disparue/">une page qui n’existe pas</a></p>');
    expect(broken).not.toBe(text);
    writeFileSync(page, broken);

    const { status, output } = project.buildSite({ PDF: '0' });
    expect(status).toBe(1);
    expect(output).toContain('[kit] la construction est refusée.');
    expect(output).toContain('1 problème empêche de publier le kit :');
    expect(output).toContain('a-propos/index.html — lien cassé vers « /page-disparue/ »');
    // The pages themselves were built: it is the check after them that said no.
    expect(output).toContain('étape « pagefind » terminée');
  });

  it('passes the same copy without the broken link (guards the test above)', () => {
    const project = makeTempProject('sans-lien-casse');
    projects.push(project);
    const { status, output } = project.buildSite({ PDF: '0' });
    expect(output).toMatch(/étape « controle » terminée en [\d.]+ s — \d+ liens et ressources internes vérifiés, \d+ documents modifiables présents, kit\.json conforme à son schéma/);
    expect(status).toBe(0);
  });
});
