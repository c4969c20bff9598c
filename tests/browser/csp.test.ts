/**
 * The Content-Security-Policy in Chromium, against the build: one page of each kind, used as a
 * visitor would (islands hydrated and used, search showing results), reports no violation.
 * The pages share one browser context, in order, so that the progress made on a fiche and in a
 * questionnaire is there for the diagnostic and « Mon suivi », which then read it back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { routes } from '../../src/lib/routes.ts';
import { hydrated } from '../helpers/islands.ts';
import { realKit } from '../helpers/real-kit.ts';
import { servedSite } from '../helpers/site-browser.ts';

const site = servedSite();
const kit = realKit();
const fiche = kit.fiches[0]!;
const outil = kit.outils[0]!;
const amont = kit.selfAssessments.find((q) => q.id === 'amont')!;
const quiz = kit.quizzes[0]!;

/** Runs before any script of each page: keeps every violation the page reports. */
const RECORD_VIOLATIONS = `(() => {
  const seen = (window.__cspViolations = []);
  window.addEventListener('securitypolicyviolation', (event) => {
    seen.push(event.effectiveDirective + ' ← ' + (event.blockedURI || '?') + ' (' + (event.sourceFile || 'page') + ':' + event.lineNumber + ')');
  }, true);
})();`;

let context: BrowserContext;

beforeAll(async () => {
  // The service worker registers here, so that a `worker-src` refusal would be reported too.
  context = await site.newContext({ serviceWorkers: 'allow' });
  await context.addInitScript(RECORD_VIOLATIONS);
});
afterAll(async () => {
  await context?.close();
});

interface Visit {
  page: Page;
  /** Violations reported by the page, and console messages about the policy (a second witness). */
  violations: () => Promise<string[]>;
}

async function visit(on: BrowserContext, path: string): Promise<Visit> {
  const page = await on.newPage();
  const consoleReports: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) consoleReports.push(`console : ${message.text().slice(0, 200)}`);
  });
  await page.goto(`${site.origin}${path}`);
  return {
    page,
    violations: async () => {
      // Reports are queued as tasks: let those of the last action arrive.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
      return [...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)), ...consoleReports];
    },
  };
}

/** The page's own inline script (hashed in the policy) has run: it shows the print button. */
const printButtonShown = (page: Page) => page.locator('[data-print-button]').first().isVisible();

describe('every kind of page under its Content-Security-Policy', () => {
  it('home page', async () => {
    const { page, violations } = await visit(context, routes.home());
    await page.locator('h1').waitFor();
    expect(await violations()).toEqual([]);
  });

  it('a fiche: print button script and checklist island, ticked', async () => {
    const { page, violations } = await visit(context, routes.fiche(fiche.id));
    await hydrated(page, '.checklist-block');
    await page.getByRole('checkbox', { name: fiche.data.facteursCles[0]!.texte, exact: true }).check();
    expect(await printButtonShown(page)).toBe(true);
    // Read back from storage, validated again.
    await page.reload();
    await hydrated(page, '.checklist-block');
    expect(await page.locator('.checklist-block input:checked').count()).toBe(1);
    expect(await violations()).toEqual([]);
  });

  it('a self-assessment, answered to its result and score bar', async () => {
    const { page, violations } = await visit(context, routes.questionnaire(amont.id));
    await hydrated(page, '.assessment');
    for (const question of amont.questions) await page.locator(`#question-${question.id}`).getByLabel('Oui', { exact: true }).check();
    await page.getByRole('button', { name: 'Voir le résultat' }).click();
    await page.locator('.assessment-result').waitFor();
    // The bar's width is set by React through the style property, which the policy allows.
    expect(await page.locator('.assessment-result .score-bar__fill').first().evaluate((bar) => bar.getBoundingClientRect().width)).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
  });

  it('the quiz, answered', async () => {
    const { page, violations } = await visit(context, routes.questionnaire(quiz.id));
    await hydrated(page, '.quiz');
    const item = page.locator(`#affirmation-${quiz.affirmations[0]!.id}`);
    await item.getByRole('button', { name: 'Vrai' }).click();
    await item.locator('.quiz-feedback').waitFor();
    expect(await violations()).toEqual([]);
  });

  it('/autoevaluation/: the diagnostic of the answers stored', async () => {
    const { page, violations } = await visit(context, routes.autoevaluation());
    await hydrated(page, '.diagnostic');
    expect(await page.locator('.diagnostic-phase .score-bar__fill').first().evaluate((bar) => bar.getBoundingClientRect().width)).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
  });

  it('/mon-suivi/: the progress stored, exported', async () => {
    const { page, violations } = await visit(context, routes.monSuivi());
    await hydrated(page, '.my-progress');
    expect(await page.locator(`tr[data-fiche="${fiche.id}"] td`).first().innerText()).toBe(`1 sur ${fiche.data.facteursCles.length} cochée`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter (fichier JSON)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    expect(await violations()).toEqual([]);
  });

  it('/fiches/: the instant filter', async () => {
    const { page, violations } = await visit(context, routes.fiches());
    await page.locator('[data-fiche-filter]:not([hidden])').waitFor();
    await page.locator('select[name="phase"]').selectOption(fiche.data.phase);
    await expect.poll(() => page.locator('[data-fiche-item][hidden]').count()).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
  });

  it('/recherche/?q=frais: the page shows what Pagefind found', async () => {
    const { page, violations } = await visit(context, `${routes.recherche()}?q=frais`);
    await expect.poll(() => page.locator('.resultat').count()).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
  });

  it('/contribuer/: the experience form checks its fields', async () => {
    const { page, violations } = await visit(context, routes.contribuer());
    await hydrated(page, '.experience-form');
    const form = page.locator('.experience-form[data-ready="true"]');
    await form.getByRole('button', { name: 'Préparer le fichier' }).click();
    await form.locator('.error-summary').waitFor();
    expect(await violations()).toEqual([]);
  });

  it('an outil', async () => {
    const { page, violations } = await visit(context, routes.outil(outil.id));
    await page.locator('h1').waitFor();
    expect(await printButtonShown(page)).toBe(true);
    expect(await violations()).toEqual([]);
  });

  it('the 404 page', async () => {
    const { page, violations } = await visit(context, '/cette-page-n-existe-pas/');
    await page.locator('h1').waitFor();
    expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
    expect(await violations()).toEqual([]);
  });
});

describe('what the policy allows on purpose, and what it refuses', () => {
  it("search still works on the main thread, when Pagefind cannot start its worker ('wasm-unsafe-eval')", async () => {
    const noWorker = await site.newContext();
    await noWorker.addInitScript(RECORD_VIOLATIONS);
    await noWorker.addInitScript('window.Worker = function () { throw new Error("pas de worker"); };');
    try {
      const { page, violations } = await visit(noWorker, `${routes.recherche()}?q=frais`);
      await expect.poll(() => page.locator('.resultat').count()).toBeGreaterThan(0);
      expect(await violations()).toEqual([]);
    } finally {
      await noWorker.close();
    }
  });

  it('blocks and reports an inline script without hash (guards the checks above)', async () => {
    const injected = await site.newContext();
    await injected.addInitScript(RECORD_VIOLATIONS);
    const path = routes.fiche(fiche.id);
    await injected.route(`${site.origin}${path}`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('</body>', '<script>window.__injected = true;</script></body>');
      await route.fulfill({ response, body: html });
    });
    try {
      const { page, violations } = await visit(injected, path);
      await page.locator('h1').waitFor();
      expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
      const reported = await violations();
      expect(reported.some((line) => line.startsWith('script-src-elem ← inline'))).toBe(true);
      // The page's own hashed inline script still ran.
      expect(await printButtonShown(page)).toBe(true);
    } finally {
      await injected.close();
    }
  });
});
