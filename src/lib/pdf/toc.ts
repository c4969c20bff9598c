/**
 * Page numbers for the table of contents of the whole kit. A first print carries an invisible
 * marker in each section heading; the text of that print, page by page, tells where each section
 * starts; a second print writes the numbers. Markers are plain ASCII so that any text extraction
 * finds them whole.
 */

/** The marker of the n-th section (0-based). */
export function tocMarker(index: number): string {
  return `KITTOC${String(index).padStart(4, '0')}Q`;
}

/**
 * First page (1-based) of each of `count` sections, from the text of each page of a print.
 * A marker that is missing means the section was not printed.
 */
export function findMarkerPages(pages: string[], count: number): number[] {
  // A reader guesses spaces from where glyphs sit: in a 3 px marker it may see one. Markers have none.
  const packed = pages.map((content) => content.replace(/\s+/g, ''));
  return Array.from({ length: count }, (_, index) => {
    const marker = tocMarker(index);
    const page = packed.findIndex((content) => content.includes(marker));
    if (page < 0) throw new Error(`Sommaire du kit : la section n° ${index + 1} est introuvable dans le premier tirage du PDF.`);
    return page + 1;
  });
}
