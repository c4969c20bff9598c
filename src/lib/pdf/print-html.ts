/**
 * The page as Chromium prints it: French spacing everywhere, French hyphenation outside headings,
 * and the « ☐ » boxes of the paper forms drawn as boxes (the kit's font has no such glyph, and a
 * system font would be embedded in its place).
 */
import { mapHtmlText } from './html-text.ts';
import { frenchHyphenator, hyphenateText, type Hyphenator } from './hyphenate.ts';
import { frenchSpaces } from './typography.ts';

/** The character the content writes for a box to tick on paper, and what the PDF draws instead. */
export const BOX_CHARACTER = '☐';
export const PAPER_BOX = '<span class="paper-box" role="img" aria-label="case à cocher"></span>';

export function printHtml(html: string, hyphenate: Hyphenator = frenchHyphenator()): string {
  return mapHtmlText(html, (text, place) => {
    const spaced = frenchSpaces(text);
    return (place === 'heading' ? spaced : hyphenateText(spaced, hyphenate)).replaceAll(BOX_CHARACTER, PAPER_BOX);
  });
}
