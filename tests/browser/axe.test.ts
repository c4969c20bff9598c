import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext } from 'playwright-core';
import { DIST, htmlPages } from '../helpers/dist.ts';
import { servedSite } from '../helpers/site-browser.ts';

const site = servedSite();
const pages = htmlPages(DIST).map((p) => (p === '/404.html' ? '/404.html' : p));
let context: BrowserContext;

beforeAll(async () => {
  context = await site.newContext();
});
afterAll(async () => {
  await context?.close();
});

interface Finding {
  page: string;
  rule: string;
  nodes: string[];
}

async function audit(path: string): Promise<Finding[]> {
  const page = await context.newPage();
  try {
    const response = await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
    expect(response?.status(), path).toBe(200);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    return results.violations.map((v) => ({ page: path, rule: `${v.id}: ${v.help}`, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  } finally {
    await page.close();
  }
}

describe('accessibility (axe, WCAG 2.1 A and AA)', () => {
  it(`finds no violation on any of the ${pages.length} pages`, async () => {
    const findings: Finding[] = [];
    const queue = [...pages];
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let path = queue.shift(); path; path = queue.shift()) findings.push(...(await audit(path)));
      }),
    );
    expect(findings).toEqual([]);
    expect(site.server.notFound).toEqual([]);
    // Every page in one test: about a minute on an idle two-core machine, twice that when other builds share it.
  }, 300_000);

  it('reports a violation on a page that has one (guards the test above)', async () => {
    const page = await context.newPage();
    await page.setContent('<html><body><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><a href="#"></a></body></html>');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    await page.close();
    expect(results.violations.length).toBeGreaterThan(0);
  });
});
