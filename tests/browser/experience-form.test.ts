/**
 * « Partager un retour d'expérience » in Chromium, against the build: errors are announced and
 * reachable, the form works with the keyboard alone, and the MDX it produces passes the
 * verifier next to the real kit. axe checks the page empty, with errors and with a result.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { readContentTree } from '../../src/lib/content/read.ts';
import { verifyContent } from '../../src/lib/content/verify.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { parseRepository } from '../../src/lib/contribution/repository.ts';
import { hydrated, watchErrors } from '../helpers/islands.ts';
import { servedSite } from '../helpers/site-browser.ts';

const site = servedSite();
const content = readContentTree(process.cwd());
const repository = parseRepository(process.env.REPOSITORY_URL, process.env.REPOSITORY_BRANCH);


async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

async function openForm(context: BrowserContext): Promise<{ page: Page; form: Locator }> {
  const page = await context.newPage();
  await page.goto(`${site.origin}/contribuer/`);
  // React takes the form over on the reader's first key or touch (client:interaction).
  await hydrated(page, '.experience-form');
  return { page, form: page.locator('.experience-form[data-ready="true"]') };
}

/** Holds every script file of the page until `release` is called: the form is the server's until then. */
async function holdScripts(page: Page): Promise<{ release: () => void; asked: () => number }> {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let asked = 0;
  await page.route('**/_astro/*.js', async (route) => {
    asked += 1;
    await held;
    await route.continue();
  });
  return { release, asked: () => asked };
}

/** The id of the focused element, and its accessible label when it has one. */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Presses Tab until this element has the focus (keyboard only, no click). */
async function tabTo(page: Page, target: Locator, max = 120) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${target} jamais atteint au clavier`);
}

const STORY = "Le groupe s'est réuni chaque mois avec l'équipe, dans une salle proche des transports, pour préparer les séances.";

describe('the experience form', () => {
  it('has no axe violation when empty', async () => {
    const context = await site.newContext();
    const { page } = await openForm(context);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('lists every error in a summary that takes the focus, and links each one to its field', async () => {
    const context = await site.newContext();
    const { page, form } = await openForm(context);
    await form.getByRole('button', { name: 'Préparer le fichier' }).click();
    const summary = form.locator('.error-summary');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    expect(await summary.getAttribute('role')).toBe('alert');
    expect(await summary.locator('h3').textContent()).toBe('11 points à corriger avant de préparer le fichier');
    const items = await summary.locator('li').allTextContents();
    expect(items[0]).toBe('Titre : ce champ est obligatoire');
    expect(items).toContain('Les fiches du kit que cette expérience illustre : cochez au moins une fiche du kit que cette expérience illustre');

    // Each field says it is invalid and reads its error; the message is written, not only coloured.
    const titre = form.getByLabel('Titre', { exact: true });
    expect(await titre.getAttribute('aria-invalid')).toBe('true');
    const described = (await titre.getAttribute('aria-describedby'))!.split(' ');
    const texts = await Promise.all(described.map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(texts).toContain('Erreur : ce champ est obligatoire');

    // Following a link of the summary puts the focus in the field.
    await summary.getByRole('link', { name: /^Résumé :/ }).click();
    expect(await focused(page)).toBe(await form.getByLabel('Résumé', { exact: true }).getAttribute('id'));

    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('is filled with the keyboard alone and produces an MDX file that passes the verifier with the real kit', async () => {
    const context = await site.newContext({ acceptDownloads: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const { page, form } = await openForm(context);

    await page.focus('h1');
    await tabTo(page, form.getByLabel('Titre', { exact: true }));
    await page.keyboard.type("Préparer l'ordre du jour avec le conseil citoyen : une méthode");
    await tabTo(page, form.getByLabel('Rubrique', { exact: true }));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, form.getByLabel('Résumé', { exact: true }));
    await page.keyboard.type("Un conseil citoyen prépare l'ordre du jour des réunions avec l'équipe : chacun peut proposer un point.");
    await tabTo(page, form.getByLabel('Dispositif', { exact: true }));
    await page.keyboard.type('Conseils citoyens (loi du 21 février 2014)');
    await tabTo(page, form.getByLabel('Échelle nationale'));
    await page.keyboard.press('Space');
    await tabTo(page, form.getByLabel('7. Animer une réunion de participation'));
    await page.keyboard.press('Space');
    await tabTo(page, form.locator('input[name="references"][value="loi-2014-173"]'));
    await page.keyboard.press('Space');
    for (const label of ['Le contexte', 'Ce qui a été mis en place', 'Ce que cela change', 'Points de vigilance']) {
      await tabTo(page, form.getByLabel(label, { exact: true }));
      await page.keyboard.type(STORY);
    }
    await tabTo(page, form.getByRole('button', { name: 'Préparer le fichier' }));
    await page.keyboard.press('Enter');

    const result = form.locator('.experience-result');
    await result.waitFor();
    expect(await focused(page)).toBe(await result.locator('h3').getAttribute('id'));
    expect(await form.locator('.error-summary').count()).toBe(0);
    expect(await form.getByLabel('Rubrique', { exact: true }).inputValue()).toBe('facteurs-mobilisateurs');

    const path = (await result.locator('[data-result-path]').textContent())!;
    const mdx = await result.locator('[data-result-text]').inputValue();
    expect(path).toBe('content/experiences/preparer-l-ordre-du-jour-avec-le-conseil-citoyen-une-methode.mdx');
    expect(mdx).toContain('titre: "Préparer l\'ordre du jour avec le conseil citoyen : une méthode"\nrubrique: facteurs-mobilisateurs\n');
    expect(mdx).toContain('fiches: [animer-une-reunion]\nreferences: [loi-2014-173]\n');
    expect(mdx).toContain('## Pour aller plus loin\n\n- <LienFiche id="animer-une-reunion" />\n');

    const { problems } = verifyContent([...content, { path, text: mdx }]);
    expect(problems.map(formatProblem)).toEqual([]);

    // Copy, then download: the same text both ways.
    await result.getByRole('button', { name: 'Copier le texte' }).click();
    await expect.poll(() => page.locator('[role="status"]').filter({ hasText: 'copié' }).count()).toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(mdx);
    const [download] = await Promise.all([page.waitForEvent('download'), result.getByRole('button', { name: /^Télécharger / }).click()]);
    expect(download.suggestedFilename()).toBe('preparer-l-ordre-du-jour-avec-le-conseil-citoyen-une-methode.mdx');
    expect(readFileSync((await download.path())!, 'utf8')).toBe(mdx);

    // Without a configured repository there is no link to invent: the page explains instead.
    if (!repository) {
      expect(await result.locator('[data-prefill-link]').count()).toBe(0);
      expect(await result.locator('[data-no-repository]').textContent()).toMatch(/^L'adresse du dépôt n'est pas configurée/);
    }

    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('accepts code-like text in a part of the story (it is written literally: see the unit tests)', async () => {
    const context = await site.newContext();
    const { form } = await openForm(context);
    // The other fields stay empty: the summary lists them, and must say nothing of this part.
    await form.getByLabel('Le contexte', { exact: true }).fill('Une phrase assez longue, puis du code : <script>alert(1)</script> et {1 + 1}, puis la suite du texte.');
    await form.getByRole('button', { name: 'Préparer le fichier' }).click();
    await form.locator('.error-summary').waitFor();
    const errors = await form.locator('.error-summary li').allTextContents();
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.filter((e) => e.startsWith('Le contexte'))).toEqual([]);
    await context.close();
  });
});

describe('the experience form before React is there (issue 14: client:interaction)', () => {
  it('asks for no script file until the reader acts, and keeps what was typed and ticked meanwhile', async () => {
    const context = await site.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    const scripts = await holdScripts(page);
    await page.goto(`${site.origin}/contribuer/`, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    expect(scripts.asked()).toBe(0);

    // The server's form is there and takes the reader's words at once.
    const form = page.locator('.experience-form');
    await form.getByLabel('Titre', { exact: true }).fill('Un comité des usagers qui se réunit chaque mois');
    const firstFiche = form.locator('input[name="fiches"]').first();
    await firstFiche.check();
    expect(scripts.asked()).toBeGreaterThan(0);
    scripts.release();
    await page.locator('.experience-form[data-ready="true"]').waitFor();

    // React renders the whole form at each change: what it did not know would be wiped now.
    await form.getByLabel('Dispositif', { exact: true }).fill('Comité des usagers');
    expect(await form.getByLabel('Titre', { exact: true }).inputValue()).toBe('Un comité des usagers qui se réunit chaque mois');
    expect(await firstFiche.isChecked()).toBe(true);
    await form.getByRole('button', { name: 'Préparer le fichier' }).click();
    await form.locator('.error-summary').waitFor();
    const listed = await form.locator('.error-summary li').allTextContents();
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.filter((e) => /^(Titre|Dispositif|Les fiches du kit) :/.test(e))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a press on « Préparer le fichier » before React is there does not reload the page: it is made once React is there', async () => {
    const context = await site.newContext();
    const page = await context.newPage();
    const scripts = await holdScripts(page);
    await page.goto(`${site.origin}/contribuer/`);
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    await page.locator('.experience-form').getByRole('button', { name: 'Préparer le fichier' }).click();
    await page.waitForTimeout(300);
    expect(new URL(page.url()).search).toBe('');
    scripts.release();
    await page.locator('.experience-form .error-summary').waitFor();
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    // Made once: the summary took the focus, as after a press on a ready form.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    await context.close();
  });
});

describe('/contribuer/ without JavaScript', () => {
  it('still explains how to contribute and shows the template to copy', async () => {
    const context = await site.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/contribuer/`);
    expect(await page.locator('h2#proposer-une-modification').isVisible()).toBe(true);
    const template = page.locator('pre.template-copy');
    expect(await template.isVisible()).toBe(true);
    expect(await template.textContent()).toContain('## Ce qui a été mis en place');
    // The form could do nothing: it is hidden, and a note points to the template.
    expect(await page.locator('.experience-form__noscript').isVisible()).toBe(true);
    expect(await page.locator('.experience-form form').isVisible()).toBe(false);
    await context.close();
  });
});
