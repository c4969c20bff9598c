/**
 * Reading PDFs with pdf.js (Mozilla's PDF reader, in JavaScript): no system tool to install.
 * The build reads the text of its first print of the kit to number the table of contents; the
 * tests read every PDF built.
 */
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';

/**
 * Opens a PDF from its bytes for `read`, then frees it. `fontExtraProperties` keeps each font's
 * name and type for the caller.
 */
export async function withPdf<T>(bytes: Uint8Array, read: (document: PDFDocumentProxy) => Promise<T>): Promise<T> {
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const task = getDocument({ data: new Uint8Array(bytes), fontExtraProperties: true, verbosity: 0 });
  try {
    return await read(await task.promise);
  } finally {
    await task.destroy();
  }
}

/** The text items of one page (1-based), without pdf.js's marked-content entries. */
export async function pageTextItems(document: PDFDocumentProxy, pageNumber: number): Promise<TextItem[]> {
  const page = await document.getPage(pageNumber);
  const content = await page.getTextContent();
  return content.items.filter((item): item is TextItem => 'str' in item);
}

/** The text of each page, in drawing order, with a line break where pdf.js sees a line end. */
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  return withPdf(bytes, async (document) => {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      pages.push((await pageTextItems(document, number)).map((item) => item.str + (item.hasEOL ? '\n' : '')).join(''));
    }
    return pages;
  });
}
