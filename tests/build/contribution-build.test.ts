/**
 * What `npm run nouveau` writes, once filled, builds into real pages; and with REPOSITORY_URL
 * set, the pages and the experience form link to that repository. The address is a reserved
 * example domain: the project never names a real repository.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { editUrl, issueUrl, newFileUrl } from '../../src/lib/contribution/repository.ts';
import { CONTRIBUTOR_VALUES, fillPlaceholders } from '../helpers/fill-placeholders.ts';
import { attr, parsePage, text } from '../helpers/html.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { makeTempProject, type TempProject } from '../helpers/temp-project.ts';

const REPOSITORY = { url: 'https://forge.example.org/collectif/kit', branch: 'publication' };
const NEW = [
  ['fiche', '--titre', 'Accueillir les nouvelles personnes', '--phase', 'pendant'],
  ['outil', '--titre', "Fiche d'accueil des nouvelles personnes"],
  ['experience', '--titre', "Accueillir les nouveaux membres d'un conseil citoyen"],
  ['obstacle', '--titre', 'Peur de ne pas trouver sa place'],
  ['reference', '--titre', 'Un guide pour accueillir', '--type', 'guide'],
];

let project: TempProject;
let build: { status: number | null; output: string };
const written: string[] = [];

beforeAll(() => {
  project = makeTempProject('nouveaux-contenus');
  for (const args of NEW) {
    const result = spawnSync(process.execPath, [join(process.cwd(), 'scripts', 'nouveau.ts'), ...args], { cwd: project.root, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(result.stderr);
    const path = result.stdout.match(/: (content\/\S+) \(/)![1]!;
    written.push(path);
    const file = join(project.root, path);
    // The new fiche cites the new reference, as CONTRIBUTING asks for every reference.
    writeFileSync(file, fillPlaceholders(readFileSync(file, 'utf8'), { ...CONTRIBUTOR_VALUES, references: ['un-guide-pour-accueillir', 'dgcs-kit-2016'] }));
  }
  build = project.build({ REPOSITORY_URL: `${REPOSITORY.url}.git`, REPOSITORY_BRANCH: REPOSITORY.branch });
}, 180_000);

afterAll(() => project?.cleanup());

describe('scaffolded content, filled in', () => {
  it('passes the verifier CLI', () => {
    const result = spawnSync(process.execPath, [join(process.cwd(), 'scripts', 'verifier.ts'), project.root], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Contenu vérifié en [\d.]+ s : 13 fiches, 16 freins, 30 outils, \d+ références, \d+ termes, \d+ retours d'expérience, \d+ questionnaires, \d+ vidéos, \d+ parcours\. Aucun problème\.\n$/);
    expect(result.status).toBe(0);
  });

  it('builds, and each new entry has its page', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    const dist = join(project.root, 'dist');
    for (const page of [
      'fiches/accueillir-les-nouvelles-personnes/index.html',
      'outils/fiche-d-accueil-des-nouvelles-personnes/index.html',
      'experiences/accueillir-les-nouveaux-membres-d-un-conseil-citoyen/index.html',
      'obstacles/peur-de-ne-pas-trouver-sa-place/index.html',
    ]) {
      expect(existsSync(join(dist, page)), page).toBe(true);
    }
    expect(parsePage(readFileSync(join(dist, 'bibliographie/index.html'), 'utf8')).select('[id="un-guide-pour-accueillir"]')).toBeDefined();
  });

  it('links each new page to its own file in the configured repository', () => {
    const html = readFileSync(join(project.root, 'dist/fiches/accueillir-les-nouvelles-personnes/index.html'), 'utf8');
    expect(written[0]).toBe('content/fiches/13-accueillir-les-nouvelles-personnes.mdx');
    const edit = editUrl(REPOSITORY, written[0]!);
    expect(edit).toBe('https://forge.example.org/collectif/kit/edit/publication/content/fiches/13-accueillir-les-nouvelles-personnes.mdx');
    const page = parsePage(html);
    const links = page.selectAll('nav.edit-links a').map((a) => ({ href: attr(a, 'href'), rel: attr(a, 'rel'), label: text(a) }));
    expect(links).toEqual([
      { href: edit, rel: 'noopener noreferrer', label: 'Proposer une modification' },
      {
        href: issueUrl(REPOSITORY, { title: 'Fiche 13 : Accueillir les nouvelles personnes', page: '/fiches/accueillir-les-nouvelles-personnes/', file: written[0]! }),
        rel: 'noopener noreferrer',
        label: 'Signaler un problème',
      },
    ]);
  });
});

describe('the experience form with a configured repository', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveStatic(join(project.root, 'dist'));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('links to the « new file » page of the repository, prefilled with exactly the produced file', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/contribuer/`);
    const form = page.locator('.experience-form');
    await form.getByLabel('Titre', { exact: true }).fill("S'appuyer sur un conseil citoyen pour préparer une réunion");
    await form.getByLabel('Rubrique', { exact: true }).selectOption('dynamique-collective');
    await form.getByLabel('Résumé', { exact: true }).fill("Un conseil citoyen prépare la réunion avec l'équipe municipale, à partir des questions des habitantes et des habitants.");
    await form.getByLabel('Dispositif', { exact: true }).fill('Conseils citoyens');
    await form.getByLabel('Échelle nationale').check();
    await form.getByLabel('7. Animer une réunion de participation').check();
    await form.locator('input[name="references"][value="loi-2014-173"]').check();
    const text = "Le texte décrit ce que la source permet d'affirmer, avec des mots simples et sans rien inventer.";
    for (const label of ['Le contexte', 'Ce qui a été mis en place', 'Ce que cela change', 'Points de vigilance']) await form.getByLabel(label, { exact: true }).fill(text);
    await form.getByRole('button', { name: 'Préparer le fichier' }).click();
    const mdx = await form.locator('[data-result-text]').inputValue();
    const path = await form.locator('[data-result-path]').textContent();
    const link = form.locator('[data-prefill-link]');
    expect(await link.getAttribute('href')).toBe(newFileUrl(REPOSITORY, path!, mdx));
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await form.locator('[data-no-repository]').count()).toBe(0);
    await context.close();
  });
});
