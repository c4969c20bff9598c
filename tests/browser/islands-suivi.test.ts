import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { THROWING_STORAGE_SCRIPT, axeViolations, fillStorageToQuota, hydrated, siteStorage, watchErrors } from '../helpers/islands.ts';
import { realKit } from '../helpers/real-kit.ts';
import { servedSite } from '../helpers/site-browser.ts';
import { islandUi } from '../../src/ui/islands/common.ts';
import { suiviUi } from '../../src/ui/islands/suivi.ts';

const site = servedSite();
const kit = realKit();
const fiche = kit.fiche('rendre-compte')!;
const amont = kit.selfAssessments.find((q) => q.id === 'amont')!;
const quiz = kit.quizzes[0]!;

const FULL = 'La mémoire de votre navigateur est pleine.';

async function open(context: BrowserContext, path: string, island: string): Promise<Page> {
  const page = await context.newPage();
  // The island is what is waited for, not the page's `load` (images, fonts), which tells nothing here.
  await page.goto(`${site.origin}${path}`, { waitUntil: 'domcontentloaded' });
  await hydrated(page, island);
  return page;
}

const cell = (page: Page, attribute: string, id: string) => page.locator(`tr[${attribute}="${id}"] td`).innerText();
const status = (page: Page) => page.locator('.my-progress [role="status"]').innerText();

/** Some progress of every kind, made through the islands themselves. */
async function makeProgress(context: BrowserContext): Promise<void> {
  const fichePage = await open(context, `/fiches/${fiche.id}/`, '.checklist-block');
  for (const item of fiche.data.facteursCles.slice(0, 3)) await fichePage.getByRole('checkbox', { name: item.texte, exact: true }).check();
  const assessment = await open(context, `/autoevaluation/${amont.id}/`, '.assessment');
  for (const question of amont.questions.slice(0, 4)) await assessment.locator(`#question-${question.id}`).getByLabel('Non', { exact: true }).check();
  const quizPage = await open(context, `/autoevaluation/${quiz.id}/`, '.quiz');
  await quizPage.locator(`#affirmation-${quiz.affirmations[0]!.id}`).getByRole('button', { name: 'Faux' }).click();
}

describe('« Mon suivi »', () => {
  it('on a first visit, shows the empty state without any script file, and nothing moves when React comes (issue 14, CLS 0)', async () => {
    const phone = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true };
    const context = await site.newContext({ ...phone, acceptDownloads: true });
    const page = await context.newPage();
    const files: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') files.push(new URL(request.url()).pathname);
    });
    await page.goto(`${site.origin}/mon-suivi/`);
    await page.waitForLoadState('networkidle');
    expect(files).toEqual([]);
    expect(await page.locator('.my-progress').getAttribute('data-ready')).toBe('false');
    // The directive found nothing saved: the live page's words, already true, without React.
    expect(await page.getByText(suiviUi.suiviIntro).isVisible()).toBe(true);
    expect(await page.getByText(suiviUi.suiviPaperHint).isVisible()).toBe(false);
    expect(await cell(page, 'data-fiche', fiche.id)).toBe(suiviUi.notStartedF);
    expect(await cell(page, 'data-questionnaire', amont.id)).toBe('Pas encore commencé.');
    const exportButton = page.getByRole('button', { name: 'Exporter (fichier JSON)' });
    expect(await exportButton.isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    const layout = () => page.locator('.my-progress h2, .my-progress tr').evaluateAll((rows) => rows.map((r) => Math.round(r.getBoundingClientRect().top + window.scrollY)));
    const before = await layout();
    expect(before.length).toBeGreaterThan(kit.fiches.length);

    await hydrated(page, '.my-progress');
    expect(files.length).toBeGreaterThan(0);
    expect(await cell(page, 'data-fiche', fiche.id)).toBe(suiviUi.notStartedF);
    expect(await layout()).toEqual(before);

    // On another first visit, the first tap loads React and is not lost: it exports.
    const other = await context.newPage();
    await other.goto(`${site.origin}/mon-suivi/`);
    const [download] = await Promise.all([other.waitForEvent('download'), other.getByRole('button', { name: 'Exporter (fichier JSON)' }).tap()]);
    expect(JSON.parse(readFileSync(await download.path(), 'utf8')).entries).toEqual({ checklist: {}, autoevaluation: {}, quiz: {}, parcours: {} });
    expect(await other.locator('.my-progress').getAttribute('data-ready')).toBe('true');
    await context.close();
  });

  it('with progress saved, shows it without waiting for a touch; without JavaScript, says it needs it and claims nothing', async () => {
    const context = await site.newContext();
    await makeProgress(context);
    const page = await context.newPage();
    await page.goto(`${site.origin}/mon-suivi/`);
    await page.locator('.my-progress[data-ready="true"]').waitFor({ timeout: 10_000 });
    expect(await cell(page, 'data-fiche', fiche.id)).toBe(`3 sur ${fiche.data.facteursCles.length} cochées`);
    await context.close();

    const noScript = await site.newContext({ javaScriptEnabled: false });
    const paper = await noScript.newPage();
    await paper.goto(`${site.origin}/mon-suivi/`);
    expect(await paper.getByText(suiviUi.suiviPaperHint).isVisible()).toBe(true);
    expect(await paper.getByText(suiviUi.suiviIntro).isVisible()).toBe(false);
    expect(await cell(paper, 'data-fiche', fiche.id)).toBe('—');
    expect(await paper.locator('.transfer').boundingBox()).toBeNull();
    await noScript.close();
  });

  it('says at once, before any touch, that storage cannot be used', async () => {
    const context = await site.newContext();
    await context.addInitScript(THROWING_STORAGE_SCRIPT);
    const page = await context.newPage();
    await page.goto(`${site.origin}/mon-suivi/`);
    await page.locator('.my-progress[data-ready="true"]').waitFor({ timeout: 10_000 });
    expect(await status(page)).toContain(islandUi.storageUnavailable);
    await context.close();
  });

  it('lists every fiche and questionnaire with its state', async () => {
    const context = await site.newContext();
    const empty = await open(context, '/mon-suivi/', '.my-progress');
    expect(await empty.locator('tr[data-fiche]').count()).toBe(kit.fiches.length);
    expect(await empty.locator('tr[data-questionnaire]').count()).toBe(kit.selfAssessments.length + kit.quizzes.length);
    expect(await cell(empty, 'data-fiche', fiche.id)).toBe('Pas commencée');
    expect(await axeViolations(empty)).toEqual([]);
    await makeProgress(context);
    const page = await open(context, '/mon-suivi/', '.my-progress');
    expect(await cell(page, 'data-fiche', fiche.id)).toBe(`3 sur ${fiche.data.facteursCles.length} cochées`);
    expect(await cell(page, 'data-questionnaire', amont.id)).toBe('Commencé : 4 questions sur 10.');
    expect(await cell(page, 'data-questionnaire', quiz.id)).toBe(`Commencé : 1 réponse sur ${quiz.affirmations.length}.`);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('exports a file that, imported in another browser, restores everything', async () => {
    const source = await site.newContext({ acceptDownloads: true });
    await makeProgress(source);
    const page = await open(source, '/mon-suivi/', '.my-progress');
    const before = await siteStorage(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter (fichier JSON)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^suivi-kit-participation-\d{4}-\d{2}-\d{2}\.json$/);
    const text = readFileSync(await download.path(), 'utf8');
    const exported = JSON.parse(text);
    expect(exported).toMatchObject({ format: 'kit-participation/suivi', version: 1 });
    await source.close();

    const fresh = await site.newContext();
    const target = await fresh.newPage();
    const errors = watchErrors(target);
    await target.goto(`${site.origin}/mon-suivi/`);
    // A first visit, React not there: the click on the field opens the file chooser and loads React,
    // which is ready before a person has picked a file.
    const [chooser] = await Promise.all([target.waitForEvent('filechooser'), target.getByLabel('Importer un fichier de suivi (.json)').click()]);
    await target.locator('.my-progress[data-ready="true"]').waitFor({ timeout: 10_000 });
    await chooser.setFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect.poll(() => status(target)).toContain('Suivi importé : 1 liste de contrôle et 2 questionnaires.');
    expect(await siteStorage(target)).toEqual(before);
    expect(await cell(target, 'data-fiche', fiche.id)).toBe(`3 sur ${fiche.data.facteursCles.length} cochées`);
    const fichePage = await open(fresh, `/fiches/${fiche.id}/`, '.checklist-block');
    expect(await fichePage.locator('.checklist-block input:checked').count()).toBe(3);
    const assessment = await open(fresh, `/autoevaluation/${amont.id}/`, '.assessment');
    expect(await assessment.locator('.assessment-progress').innerText()).toBe('4 questions sur 10 avec une réponse.');
    expect(errors).toEqual([]);
    await fresh.close();
  });

  it('shows and exports everything saved when storage is full, and says that new ticks cannot be saved', async () => {
    const context = await site.newContext({ acceptDownloads: true });
    await makeProgress(context);
    const page = await open(context, '/mon-suivi/', '.my-progress');
    const saved = await siteStorage(page);
    expect(Object.keys(saved)).toHaveLength(3);
    expect(await fillStorageToQuota(page)).toBe(true);

    await page.reload();
    await hydrated(page, '.my-progress');
    const errors = watchErrors(page);
    expect(await cell(page, 'data-fiche', fiche.id)).toBe(`3 sur ${fiche.data.facteursCles.length} cochées`);
    expect(await cell(page, 'data-questionnaire', amont.id)).toBe('Commencé : 4 questions sur 10.');
    expect(await cell(page, 'data-questionnaire', quiz.id)).toBe(`Commencé : 1 réponse sur ${quiz.affirmations.length}.`);
    expect(await status(page)).toContain(FULL);
    expect(await status(page)).toContain('ne peuvent pas être enregistrées tant que de la place n');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter (fichier JSON)' }).click()]);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
    const expected: Record<string, Record<string, unknown>> = { checklist: {}, autoevaluation: {}, quiz: {}, parcours: {} };
    for (const [key, value] of Object.entries(saved)) {
      const [, , type, id] = key.split(':');
      expected[type!]![id!] = JSON.parse(value);
    }
    expect(exported.entries).toEqual(expected);

    // The other islands say it too, and keep working for the visit.
    const fichePage = await open(context, `/fiches/${fiche.id}/`, '.checklist-block');
    const ficheErrors = watchErrors(fichePage);
    expect(await fichePage.locator('.checklist-block [role="status"]').innerText()).toContain(FULL);
    expect(await fichePage.locator('.checklist-block input:checked').count()).toBe(3);
    await fichePage.getByRole('checkbox', { name: fiche.data.facteursCles[3]!.texte, exact: true }).check();
    expect(await fichePage.locator('.checklist-block input:checked').count()).toBe(4);
    expect(await siteStorage(fichePage)).toEqual(saved);
    expect([...errors, ...ficheErrors]).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('refuses a bad file with a clear message and changes nothing', async () => {
    const context = await site.newContext();
    await makeProgress(context);
    const page = await open(context, '/mon-suivi/', '.my-progress');
    const before = await siteStorage(page);
    const input = page.getByLabel('Importer un fichier de suivi (.json)');
    const cases: [string, string, string][] = [
      ['pas-du-json.json', '{ ceci n’est pas du JSON', "Ce fichier n'est pas un fichier JSON lisible. Rien n'a été modifié."],
      ['autre.json', JSON.stringify({ fiches: [] }), "Ce fichier n'est pas un export du suivi du Kit de la participation citoyenne. Rien n'a été modifié."],
      [
        'abime.json',
        JSON.stringify({ format: 'kit-participation/suivi', version: 1, entries: { checklist: {}, autoevaluation: { amont: { answers: { x: 'peut-etre' } } }, quiz: {} } }),
        "Ce fichier est abîmé : « entries.autoevaluation.amont.answers.x » n'a pas la forme attendue. Rien n'a été modifié.",
      ],
      ['futur.json', JSON.stringify({ format: 'kit-participation/suivi', version: 7, entries: {} }), 'format 7'],
    ];
    for (const [name, content, message] of cases) {
      await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
      await expect.poll(() => status(page)).toContain(message);
      expect(await siteStorage(page), name).toEqual(before);
    }
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('asks before replacing existing progress, and « Tout effacer » asks too', async () => {
    const context = await site.newContext();
    await makeProgress(context);
    const page = await open(context, '/mon-suivi/', '.my-progress');
    const other = { format: 'kit-participation/suivi', version: 1, entries: { checklist: { 'assurer-le-suivi': { checked: { facteurs: ['x'] } } }, autoevaluation: {}, quiz: {} } };
    const input = page.getByLabel('Importer un fichier de suivi (.json)');
    await input.setInputFiles({ name: 'autre.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) });
    await page.getByRole('group', { name: 'Remplacer votre suivi actuel par le contenu de ce fichier ?' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Annuler' }).click();
    expect(await status(page)).toContain("Import annulé : rien n'a été modifié.");
    expect(Object.keys(await siteStorage(page))).toHaveLength(3);

    await input.setInputFiles({ name: 'autre.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) });
    await page.getByRole('button', { name: 'Oui, remplacer' }).click();
    expect(Object.keys(await siteStorage(page))).toEqual(['kit-participation:v1:checklist:assurer-le-suivi']);

    await page.evaluate(() => localStorage.setItem('autre-site', 'garder'));
    await page.getByRole('button', { name: 'Tout effacer' }).click();
    await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
    expect(await siteStorage(page)).toEqual({});
    expect(await page.evaluate(() => localStorage.getItem('autre-site'))).toBe('garder');
    expect(await status(page)).toContain('Tout votre suivi est effacé de ce navigateur.');
    expect(await cell(page, 'data-fiche', 'assurer-le-suivi')).toBe('Pas commencée');
    await context.close();
  });
});
