/**
 * Guards of the PDF checks (tests/site/pdf.test.ts): on small pages printed by the same
 * Chromium, the reader sees what those checks must catch: a soft hyphen left inside a line, a
 * variable font turned into Type 3 glyphs, a font of the machine used as a fallback.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { PRINT_FACES, printFontFaceCss, printFontFile } from '../../src/lib/pdf/fonts.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { foreignFonts, readPdfBytes, type PdfFile } from '../helpers/pdf.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const fontFile = (specifier: string) => readFileSync(createRequire(import.meta.url).resolve(specifier));
const STATIC = printFontFaceCss([{ face: PRINT_FACES[0]!, unicodeRange: 'U+0000-00FF', woff2: fontFile(printFontFile(PRINT_FACES[0]!, 'latin')) }]);
const VARIABLE = `@font-face{font-family:KitPdf;src:url(data:font/woff2;base64,${fontFile('@fontsource-variable/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-wght-normal.woff2').toString('base64')}) format('woff2');font-weight:100 900}`;

async function print(fontFace: string, body: string): Promise<PdfFile> {
  const page = await browser.newPage();
  try {
    await page.setContent(`<!doctype html><html lang="fr"><style>${fontFace} body{font:16px KitPdf;hyphens:manual}</style><body>${body}</body></html>`);
    await page.evaluate('document.fonts.ready');
    return await readPdfBytes(await page.pdf({ tagged: true }));
  } finally {
    await page.close();
  }
}

describe('the PDF reader', () => {
  it('finds a soft hyphen left inside a line, and counts one where the line breaks', async () => {
    const inside = await print(STATIC, '<p>Une parti\u00adcipation citoyenne.</p>');
    expect(inside.splitWords).toEqual(['parti|cipation']);
    expect(inside.lineEndHyphens).toBe(0);
    const broken = await print(STATIC, '<p style="width:4.2em">habi\u00adtantes</p>');
    expect(broken.splitWords).toEqual([]);
    expect(broken.lineEndHyphens).toBe(1);
    expect(broken.lines.flat()).toContain('habi\u00ad-');
  });

  it('accepts the static print font, and catches a variable font or a font of the machine', async () => {
    expect(foreignFonts((await print(STATIC, '<p>Une participation citoyenne.</p>')).fonts)).toEqual([]);
    const variable = foreignFonts((await print(VARIABLE, '<p>Une participation citoyenne.</p>')).fonts);
    expect(variable.map((font) => font.type)).toEqual(['Type3']);
    const fallback = foreignFonts((await print(STATIC, '<p>Une participation <span style="font-family:monospace">citoyenne</span>.</p>')).fonts);
    expect(fallback.length).toBe(1);
    expect(fallback[0]!.name).not.toMatch(/Atkinson/);
  });
});
