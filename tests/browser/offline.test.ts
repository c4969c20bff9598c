/**
 * Reading offline in Chromium, against a copy of each build (root and sub-path): one visit with
 * the network, then the network cut (Chromium offline and a server that must receive nothing):
 * every fiche, outils, the glossary, search and a checklist work. Then a second version with one
 * fiche changed is deployed into the same folder: the notice appears and « Recharger » brings
 * the new text, offline too, with the progress kept.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildServiceWorker } from '../../scripts/steps/offline.ts';
import { parseDocuments } from '../../src/lib/offline/documents.ts';
import { DOCUMENTS_FILE, SERVICE_WORKER_FILE, documentCacheName } from '../../src/lib/offline/service-worker.ts';
import { routes, withBase } from '../../src/lib/routes.ts';
import { updateUi } from '../../src/ui/offline.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { DIST, SUBPATH_BASE, SUBPATH_DIST, requireBuild } from '../helpers/dist.ts';
import { axeViolations, hydrated, watchErrors } from '../helpers/islands.ts';
import { realKit } from '../helpers/real-kit.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const kit = realKit();
const fiche = kit.fiches[0]!;
const changed = kit.fiches[1]!;
const NEW_TEXT = 'Texte ajouté dans la deuxième version du kit.';

/** Results of the search page for a word, as the reader sees them: the titles, in order. */
async function searchTitles(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  const links = page.locator('.resultat__lien');
  await links.first().waitFor();
  return links.allInnerTexts();
}

describe.each([
  { where: 'at the root', dist: DIST, base: '/' },
  { where: 'under a sub-path', dist: SUBPATH_DIST, base: SUBPATH_BASE },
])('the kit offline, $where', ({ dist, base }) => {
  const at = (path: string) => withBase(base, path);
  let dir: string;
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let onlineResults: string[];

  /**
   * Cuts the network; returns a check that the server received nothing since, but the browser's
   * own check for a new service worker, which Chromium's offline mode does not hold back.
   */
  async function cut(): Promise<() => void> {
    await context.setOffline(true);
    const before = server.requests.length;
    const swFile = at(`/${SERVICE_WORKER_FILE}`);
    return () => expect(server.requests.slice(before).filter((path) => path !== swFile), 'requêtes reçues par le serveur hors ligne').toEqual([]);
  }

  beforeAll(async () => {
    requireBuild(dist);
    // A copy: the update test deploys a second version into it.
    dir = mkdtempSync(join(tmpdir(), 'kit-hors-ligne-'));
    cpSync(dist, dir, { recursive: true });
    server = await serveStatic(dir, base);
    browser = await launchChromium();
    context = await browser.newContext();
    page = await context.newPage();
    errors = watchErrors(page);
    await page.goto(`${server.origin}${at(routes.home())}`);
    // Installed, precached, and in control of the page (clientsClaim).
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    onlineResults = await searchTitles(page, `${server.origin}${at(routes.recherche())}?q=conflit`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('every fiche, outils and the glossary open without network, with their styles and fonts', async () => {
    const received = await cut();
    const paths = [...kit.fiches.map((f) => routes.fiche(f.id)), ...kit.outils.slice(0, 3).map((o) => routes.outil(o.id)), routes.glossaire()];
    for (const path of paths) {
      const response = await page.goto(`${server.origin}${at(path)}`);
      expect(response?.status(), path).toBe(200);
      expect(await page.locator('h1').innerText(), path).not.toBe('');
      // The site's stylesheet applies (header border) and its own font is loaded.
      expect(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).borderBottomWidth), path).toBe('4px');
      expect(await page.evaluate(() => document.fonts.ready.then(() => document.fonts.check('1em "Atkinson Hyperlegible Next Variable"'))), path).toBe(true);
      expect(await page.evaluate(() => [...document.fonts].some((font) => font.status === 'loaded')), path).toBe(true);
    }
    received();
    await context.setOffline(false);
  });

  it('search gives the same results offline as online', async () => {
    expect(onlineResults.length).toBeGreaterThan(0);
    const received = await cut();
    expect(await searchTitles(page, `${server.origin}${at(routes.recherche())}?q=conflit`)).toEqual(onlineResults);
    received();
    await context.setOffline(false);
  });

  it('a checklist ticked offline is still ticked after a reload offline', async () => {
    const received = await cut();
    await page.goto(`${server.origin}${at(routes.fiche(fiche.id))}`);
    await hydrated(page, '.checklist-block');
    await page.getByRole('checkbox', { name: fiche.data.facteursCles[0]!.texte, exact: true }).check();
    await page.reload();
    await hydrated(page, '.checklist-block');
    expect(await page.getByRole('checkbox', { name: fiche.data.facteursCles[0]!.texte, exact: true }).isChecked()).toBe(true);
    received();
    await context.setOffline(false);
  });

  it('an address never saved gives, offline, the French notice with links to what is saved', async () => {
    const received = await cut();
    await page.goto(`${server.origin}${at('/jamais-enregistree/')}`);
    expect(await page.locator('h1').innerText()).toBe('Pas de réseau');
    expect(await page.locator('main').innerText()).toContain('Le réseau manque');
    await page.getByRole('link', { name: 'Lire hors ligne' }).first().click();
    await page.locator('h1', { hasText: 'Lire hors ligne' }).waitFor();
    received();
    await context.setOffline(false);
  });

  it('« Tout enregistrer » keeps every document; a document opened once is kept too', async () => {
    const documents = parseDocuments(JSON.parse(readFileSync(join(dir, DOCUMENTS_FILE), 'utf8')), base);
    // A build without PDFs (PDF=0) has nothing to save: the page says so.
    await page.goto(`${server.origin}${at(routes.horsLigne())}`);
    await page.locator('[data-offline-pages]', { hasText: 'sont enregistrées sur cet appareil' }).waitFor();
    if (!documents.length) {
      await page.locator('[data-offline-documents]', { hasText: 'aucun document' }).waitFor();
      return;
    }
    const cachedCount = () =>
      page.evaluate(async ([name, urls]) => {
        const cache = await caches.open(name as string);
        return (await Promise.all((urls as string[]).map((url) => cache.match(url)))).filter(Boolean).length;
      }, [documentCacheName(base), documents.map((d) => d.url)] as const);
    expect(await cachedCount()).toBe(0);
    // Opened once online: kept by the service worker.
    await page.evaluate((url) => fetch(url).then((r) => r.arrayBuffer()), documents[0]!.url);
    await expect.poll(cachedCount).toBe(1);
    await page.reload();
    await page.locator('[data-offline-documents]', { hasText: `1 document sur ${documents.length}` }).waitFor();
    await page.getByRole('button', { name: /Tout enregistrer pour lire hors ligne \(\d/ }).click();
    await page.locator('[data-offline-save-status]', { hasText: 'tous les documents sont enregistrés' }).waitFor();
    expect(await cachedCount()).toBe(documents.length);
    expect(await page.locator('#offline-progress').evaluate((bar) => (bar as HTMLProgressElement).value === (bar as HTMLProgressElement).max)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    const received = await cut();
    const last = documents.at(-1)!;
    const offline = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return { type: response.headers.get('content-type'), bytes: (await response.arrayBuffer()).byteLength };
    }, last.url);
    expect(offline).toEqual({ type: expect.stringMatching(/^application\/(pdf|vnd)/), bytes: last.bytes });
    received();
    await context.setOffline(false);
  });

  it('a new version: the notice offers « Recharger », announced politely, reachable by keyboard, the page unchanged until then', async () => {
    const fichePath = at(routes.fiche(changed.id));
    await page.goto(`${server.origin}${fichePath}`);
    expect(await page.locator('main').innerText()).not.toContain(NEW_TEXT);

    // Deploys a second version into the served folder: one fiche changed, its service worker rewritten.
    const file = join(dir, routes.fiche(changed.id), 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('</h1>', `</h1><p id="version-2">${NEW_TEXT}</p>`));
    await buildServiceWorker(dir, base);

    await page.reload();
    const notice = page.locator('[data-offline-update]');
    await notice.getByText(updateUi.updateAvailable).waitFor();
    expect(await notice.getAttribute('aria-live')).toBe('polite');
    expect(await axeViolations(page)).toEqual([]);
    // Still the old page until the reader asks.
    expect(await page.locator('#version-2').count()).toBe(0);
    // The keyboard reaches the button.
    const reload = notice.getByRole('button', { name: updateUi.reload });
    await reload.focus();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(updateUi.reload);
  });

  it('« Recharger » brings the changed fiche, offline too, progress kept', async () => {
    const fichePath = at(routes.fiche(changed.id));
    const notice = page.locator('[data-offline-update]');
    // With the key a keyboard reader uses: it must not start the checklist's loading (src/islands/hydrate-on-interaction.ts).
    await notice.getByRole('button', { name: updateUi.reload }).focus();
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await page.locator('#version-2').waitFor();

    const received = await cut();
    await page.goto(`${server.origin}${fichePath}`);
    expect(await page.locator('#version-2').innerText()).toBe(NEW_TEXT);
    // The tick made before the update is still there.
    await page.goto(`${server.origin}${at(routes.fiche(fiche.id))}`);
    await hydrated(page, '.checklist-block');
    expect(await page.getByRole('checkbox', { name: fiche.data.facteursCles[0]!.texte, exact: true }).isChecked()).toBe(true);
    received();
    await context.setOffline(false);
    expect(errors.filter((e) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
  });
});

describe('the first install waits for the page', () => {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    requireBuild(DIST);
    server = await serveStatic(DIST);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the service worker is asked for only once the page has loaded, so that the kit never competes with the page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // The page's font is held: the page cannot finish loading until it is let through.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/*.woff2', async (route) => {
      await held;
      await route.continue();
    });
    const swFile = `/${SERVICE_WORKER_FILE}`;
    await page.goto(`${server.origin}${routes.fiche(fiche.id)}`, { waitUntil: 'domcontentloaded' });
    // Module scripts run before DOMContentLoaded; a little more time for what they start.
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => document.readyState), 'la page ne doit pas avoir fini de charger').toBe('interactive');
    expect(server.requests, 'service worker demandé avant la fin du chargement').not.toContain(swFile);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then(Boolean))).toBe(false);

    release();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    expect(server.requests).toContain(swFile);
    await context.close();
  });
});
