import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { DIST } from '../helpers/dist.ts';
import { watchErrors } from '../helpers/islands.ts';
import { kitSearch, measureQuality, querySet } from '../helpers/search-engine.ts';
import { servedSite } from '../helpers/site-browser.ts';

const site = servedSite();
let context: BrowserContext;
let indexPage: Page;

beforeAll(async () => {
  context = await site.browser.newContext();
  indexPage = await context.newPage();
  await indexPage.goto(`${site.origin}/recherche/`);
});
afterAll(async () => {
  await context?.close();
});

const ficheId = (url: string) => url.match(/^\/fiches\/([^/]+)\/$/)?.[1];

describe('the kit search on the public query set', () => {
  it('has at least 50 queries, each with acceptable pages that exist', () => {
    const cases = querySet();
    expect(cases.length).toBeGreaterThanOrEqual(50);
    for (const { attendus } of cases) expect(attendus.length).toBeGreaterThan(0);
  });

  it('puts an acceptable page in the first three for at least 90 % of the queries, where Pagefind alone does not', async () => {
    const kit = await measureQuality(kitSearch(indexPage, DIST));
    expect(kit.misses.length / querySet().length, `manqués : ${JSON.stringify(kit.misses)}`).toBeLessThanOrEqual(0.1);
    expect(kit.hitRate).toBeGreaterThanOrEqual(0.9);
    // The guard: the set is not one that plain Pagefind already answers.
    const plain = await measureQuality(kitSearch(indexPage, DIST, { plain: true }));
    expect(plain.hitRate).toBeLessThan(0.9);
  });

  it.each([
    ['rembourser le transport', 'logistique-et-frais'],
    ["garde d'enfants", 'logistique-et-frais'],
    ['comité de suivi', 'structurer-et-coordonner'],
    ['animer une réunion', 'animer-une-reunion'],
    ['conflit', 'animer-une-reunion'],
    ['FALC', 'faciliter-l-expression'],
    ['langage clair', 'faciliter-l-expression'],
    ['devoir de suite', 'rendre-compte'],
    ["bilan de fin d'année", 'evaluer-avec-les-participants'],
    ['indicateurs', 'evaluer-avec-les-participants'],
    ['rapport annuel', 'capitaliser-et-perenniser'],
    ['état des lieux', 'realiser-un-etat-des-lieux'],
    ['niveau de participation', 'definir-objectifs-et-niveau'],
    ['croisement des savoirs', 'preparer-et-accompagner'],
    ['mobiliser les habitants', 'identifier-et-mobiliser'],
    ['calendrier', 'assurer-le-suivi'],
  ])('still puts, for « %s », fiche %s in the first three fiches', async (query, expected) => {
    const { urls } = await kitSearch(indexPage, DIST)(query);
    expect(urls.map(ficheId).filter(Boolean).slice(0, 3)).toContain(expected);
  });

  it('finds with a sigle the pages that spell it out, and with a typo what the right spelling finds', async () => {
    const search = kitSearch(indexPage, DIST);
    expect((await search('CVS')).urls.slice(0, 3)).toContain('/experiences/conseil-de-la-vie-sociale-rendre-compte/');
    for (const [typo, right] of [['mobilsation', 'mobilisation'], ['defraiment', 'défraiement'], ['réunoin', 'réunion']]) {
      expect((await search(typo!)).urls.slice(0, 3)).toEqual((await search(right!)).urls.slice(0, 3));
    }
  });
});

describe('the search page with the kit search', () => {
  const help = (page: Page) => page.locator('#search-help');
  const titles = (page: Page) => page.locator('pagefind-results .pf-result-link').allTextContents();

  it('says when it found part of the words, and combines that with a filter kept in the URL', async () => {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${site.origin}/recherche/?q=${encodeURIComponent('comment faire venir les jeunes du quartier lointain')}&type=fiche`);
    await expect.poll(() => help(page).textContent()).toMatch(/^Résultats pour une partie de vos mots : .*jeunes/);
    await expect.poll(async () => (await titles(page)).length).toBeGreaterThan(0);
    expect(await page.locator('pagefind-results .tag').allTextContents()).toEqual(expect.arrayContaining(['Fiche']));
    expect(new Set(await page.locator('pagefind-results .tag').allTextContents())).toEqual(new Set(['Fiche']));
    expect(new URL(page.url()).searchParams.get('type')).toBe('fiche');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('offers « Vouliez-vous dire … ? » for a typo, keeping the filters in the link', async () => {
    const page = await context.newPage();
    await page.goto(`${site.origin}/recherche/?q=mobilsation&type=outil`);
    const link = help(page).getByRole('link', { name: 'mobilisation' });
    await expect.poll(() => link.count()).toBe(1);
    expect(await help(page).textContent()).toMatch(/^Vouliez-vous dire mobilisation ?/);
    await link.click();
    await expect.poll(() => new URL(page.url()).search).toBe('?q=mobilisation&type=outil');
    await expect.poll(async () => (await titles(page)).join('|')).toContain('plan de mobilisation');
    await page.close();
  });

  it('shows the closest obstacles and the glossary when nothing is found, with zero axe violations', async () => {
    const page = await context.newPage();
    const errors = watchErrors(page);
    // No reference says « sigles »: the obstacle « Trop de sigles » is offered.
    await page.goto(`${site.origin}/recherche/?q=${encodeURIComponent('trop de sigles zorglub')}&type=reference`);
    await expect.poll(() => help(page).textContent()).toMatch(/Aucune page ne contient ces mots/);
    await expect.poll(() => help(page).getByRole('link').allTextContents()).toEqual([
      'Jargon et sujets incompris',
      'Tous les freins et leurs réponses',
      'Le glossaire, pour les mots et les sigles du kit',
    ]);
    expect(await help(page).getByRole('link', { name: /glossaire/ }).getAttribute('href')).toBe('/glossaire/');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('writes a hostile query as text, never as markup', async () => {
    const page = await context.newPage();
    const errors = watchErrors(page);
    const hostile = '<img src=x onerror=alert(1)> mobilsation';
    await page.goto(`${site.origin}/recherche/?q=${encodeURIComponent(hostile)}`);
    await expect.poll(() => help(page).textContent()).toMatch(/Vouliez-vous dire/);
    expect(await help(page).locator('img').count()).toBe(0);
    expect(await help(page).getByRole('link').first().textContent()).toBe('<img src=x onerror=alert(1)> mobilisation');
    expect(errors).toEqual([]);
    await page.close();
  });
});
