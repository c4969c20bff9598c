import { describe, expect, it } from 'vitest';
import { fillPdfSizes, formatFileSize, pdfSizePlaceholders } from '../../src/lib/pdf/size.ts';

const NBSP = '\u00a0';

describe('formatFileSize', () => {
  it('shows kilo-octets as a whole number, with a non-breaking space', () => {
    expect(formatFileSize(180_000)).toBe(`180${NBSP}Ko`);
    expect(formatFileSize(180_499)).toBe(`180${NBSP}Ko`);
    expect(formatFileSize(180_500)).toBe(`181${NBSP}Ko`);
  });

  it('never shows 0 Ko for a file that has content', () => {
    expect(formatFileSize(12)).toBe(`1${NBSP}Ko`);
  });

  it('switches to méga-octets with a French decimal comma', () => {
    expect(formatFileSize(999_400)).toBe(`999${NBSP}Ko`);
    expect(formatFileSize(999_600)).toBe(`1${NBSP}Mo`);
    expect(formatFileSize(3_649_000)).toBe(`3,6${NBSP}Mo`);
    expect(formatFileSize(12_000_000)).toBe(`12${NBSP}Mo`);
  });
});

describe('fillPdfSizes', () => {
  const page = '<a href="/kit/pdf/a.pdf">Télécharger la fiche (PDF<span data-pdf-size="/pdf/a.pdf"></span>)</a><span class="x">autre</span>';

  it('writes the size of each PDF into its placeholder and nothing else', () => {
    const filled = fillPdfSizes(page, (path) => (path === '/pdf/a.pdf' ? 209_000 : undefined));
    expect(filled).toBe(`<a href="/kit/pdf/a.pdf">Télécharger la fiche (PDF<span data-pdf-size="/pdf/a.pdf">, 209${NBSP}Ko</span>)</a><span class="x">autre</span>`);
  });

  it('finds the placeholder whatever the other attributes, and fills it again on a second pass', () => {
    const scoped = '<span data-astro-cid-x data-pdf-size="/pdf/b.pdf" class="y">, 1 Ko</span>';
    expect(pdfSizePlaceholders(scoped)).toEqual(['/pdf/b.pdf']);
    expect(fillPdfSizes(scoped, () => 2_500_000)).toContain(`>, 2,5${NBSP}Mo</span>`);
  });

  it('refuses a page that announces a PDF that was not made', () => {
    expect(() => fillPdfSizes(page, () => undefined)).toThrow(/\/pdf\/a\.pdf/);
  });
});
