/**
 * The text of each PDF is the text of its page: every paragraph, heading, list item and table
 * cell that the page prints (its text under the print stylesheet, in Chromium) is found in the
 * PDF, in the same order. A glyph drawn from a fallback font, or one the PDF maps to the wrong
 * character, breaks the match.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { BOX_CHARACTER } from '../../src/lib/pdf/print-html.ts';
import { routes } from '../../src/lib/routes.ts';
import { DIST } from '../helpers/dist.ts';
import { readPdfText } from '../helpers/pdf.ts';
import { realKit } from '../helpers/real-kit.ts';
import { servedSite } from '../helpers/site-browser.ts';

const site = servedSite();
const kit = realKit();

/**
 * What both texts share: no white space, no soft hyphen, no address printed after an external
 * link, no « ☐ » (the PDF draws it as a box, not as a character).
 */
const canonical = (text: string) =>
  text
    .replaceAll(BOX_CHARACTER, '')
    .replace(/\u00ad-?/g, '')
    .replace(/[\s\u200b]+/g, '')
    .replace(/\(https?:\/\/[^)]*\)/g, '');

/** The innermost blocks of `scope` that the page prints, as Chromium lays them out for paper. */
async function printedBlocks(page: Page, path: string, scope: string): Promise<string[]> {
  await page.goto(`${site.origin}${path}`);
  return (await page.evaluate(`(() => {
    const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, dt, dd, th, td, figcaption';
    return [...document.querySelectorAll(${JSON.stringify(scope)})]
      .flatMap((root) => [...root.querySelectorAll(BLOCKS)])
      .filter((block) => !block.querySelector(BLOCKS) && block.checkVisibility())
      .map((block) => block.innerText);
  })()`)) as string[];
}

/** The blocks missing from the PDF's text, or found out of order. */
function missingBlocks(blocks: string[], pdfText: string): string[] {
  const text = canonical(pdfText);
  const missing: string[] = [];
  let from = 0;
  for (const block of blocks) {
    const wanted = canonical(block);
    if (!wanted) continue;
    const at = text.indexOf(wanted, from);
    if (at < 0) missing.push(block);
    else from = at + wanted.length;
  }
  return missing;
}

const bodyText = async (pdfPath: string) => (await readPdfText(join(DIST, pdfPath))).bodies.join('\n');

/** Each test below prints every page and reads every PDF: minutes on a loaded machine, not seconds. */
const EVERY_PDF_MS = 600_000;

describe('the text of each PDF', () => {
  it('is the text its page prints, for every fiche and outil', async () => {
    const context = await site.newContext();
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    const documents = [
      ...kit.fiches.map((fiche) => ({ page: routes.fiche(fiche.id), pdf: routes.pdfFiche(fiche.id) })),
      ...kit.outils.map((outil) => ({ page: routes.outil(outil.id), pdf: routes.pdfOutil(outil.id) })),
    ];
    const mismatches: Record<string, string[]> = {};
    let blocks = 0;
    for (const document of documents) {
      const printed = await printedBlocks(page, document.page, 'main');
      blocks += printed.length;
      const missing = missingBlocks(printed, await bodyText(document.pdf));
      if (missing.length) mismatches[document.pdf] = missing;
    }
    await context.close();
    expect(mismatches).toEqual({});
    expect(blocks).toBeGreaterThan(documents.length * 10);
  }, EVERY_PDF_MS);

  it('of the whole kit holds each fiche and outil as its page prints it, in the kit’s order', async () => {
    const context = await site.newContext();
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    const printed: string[] = [];
    // The kit prints each fiche's body and its checklist as a plain list, not the page's island.
    for (const fiche of kit.fiches) printed.push(...(await printedBlocks(page, routes.fiche(fiche.id), 'article.fiche-body > :not(astro-island)')));
    for (const outil of kit.outils) printed.push(...(await printedBlocks(page, routes.outil(outil.id), 'main article > :not(.meta-list)')));
    await context.close();
    expect(missingBlocks(printed, await bodyText(routes.pdfKit()))).toEqual([]);
    expect(printed.length).toBeGreaterThan(kit.fiches.length * 10);
  }, EVERY_PDF_MS);

  it('misses a block that is not there, or not in order (guards the two tests above)', () => {
    expect(missingBlocks(['Une participation', 'citoyenne'], 'Une parti\u00ad-\ncipation (https://exemple.org/a) citoyenne')).toEqual([]);
    expect(missingBlocks(['citoyenne', 'Une participation'], 'Une participation citoyenne')).toEqual(['Une participation']);
    expect(missingBlocks(['Une participation'], 'Une partícipation')).toEqual(['Une participation']);
  });
});
