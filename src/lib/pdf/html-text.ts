/**
 * Rewrites the text of an HTML page without touching its tags, attributes or entities. Works on
 * the page as text: the pages are the site's own, well-formed output, and the PDF step needs no DOM
 * library for this.
 */

/** Where a piece of text sits: code and non-text is never changed, headings get their own rules. */
export type TextPlace = 'text' | 'heading';

const RAW = new Set(['head', 'script', 'style', 'title', 'pre', 'code', 'kbd', 'samp', 'textarea', 'svg', 'template']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const TAG = /(<!--[\s\S]*?-->|<[^>]*>)/;
const ENTITY = /(&[#\w]+;)/;

export function mapHtmlText(html: string, transform: (text: string, place: TextPlace) => string): string {
  let raw = 0;
  let heading = 0;
  return html
    .split(TAG)
    .map((part, index) => {
      if (index % 2 === 1) {
        const tag = /^<(\/?)([a-zA-Z][\w-]*)/.exec(part);
        if (tag && !part.endsWith('/>')) {
          const name = tag[2]!.toLowerCase();
          const step = tag[1] ? -1 : 1;
          if (RAW.has(name)) raw = Math.max(0, raw + step);
          if (HEADINGS.has(name)) heading = Math.max(0, heading + step);
        }
        return part;
      }
      if (raw > 0 || !part.trim()) return part;
      const place: TextPlace = heading > 0 ? 'heading' : 'text';
      return part
        .split(ENTITY)
        .map((piece, i) => (i % 2 === 1 ? piece : transform(piece, place)))
        .join('');
    })
    .join('');
}
