/**
 * Rewrites the text of an HTML page without touching its tags, attributes or entities. Works on
 * the page as text: the pages are the site's own output, and the PDF step needs no DOM library
 * for this. That output still carries contributors' words where Astro leaves « > » and « < »
 * as they are (attribute values, scripts), so markup is read the way the HTML parser reads it:
 * a quoted value does not end a tag, and a script or a style ends only at its closing tag.
 */

/** Where a piece of text sits: code and non-text is never changed, headings get their own rules. */
export type TextPlace = 'text' | 'heading';

/** Elements whose content is text up to their closing tag, whatever « < » it holds. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const UNCHANGED = new Set(['head', 'pre', 'code', 'kbd', 'samp', 'svg', 'template']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** A comment, a doctype, or a tag whose quoted attribute values may hold « > ». */
const MARKUP = /<!--[\s\S]*?-->|<![^>]*>|<\/?[a-zA-Z][\w-]*(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const TAG_NAME = /^<(\/?)([a-zA-Z][\w-]*)/;
const ENTITY = /(&[#\w]+;)/;

export function mapHtmlText(html: string, transform: (text: string, place: TextPlace) => string): string {
  let unchanged = 0;
  let heading = 0;
  let done = 0;
  let out = '';
  const text = (part: string) => {
    if (unchanged > 0 || !part.trim()) return part;
    const place: TextPlace = heading > 0 ? 'heading' : 'text';
    return part
      .split(ENTITY)
      .map((piece, i) => (i % 2 === 1 ? piece : transform(piece, place)))
      .join('');
  };
  const markup = new RegExp(MARKUP);
  for (let match = markup.exec(html); match; match = markup.exec(html)) {
    out += text(html.slice(done, match.index)) + match[0];
    done = markup.lastIndex;
    const tag = TAG_NAME.exec(match[0]);
    if (!tag || match[0].endsWith('/>')) continue;
    const name = tag[2]!.toLowerCase();
    const closing = tag[1] === '/';
    if (!closing && RAW_TEXT.has(name)) {
      const end = new RegExp(`</${name}`, 'ig');
      end.lastIndex = done;
      const stop = end.exec(html)?.index ?? html.length;
      out += html.slice(done, stop);
      done = markup.lastIndex = stop;
      continue;
    }
    const step = closing ? -1 : 1;
    if (UNCHANGED.has(name)) unchanged = Math.max(0, unchanged + step);
    if (HEADINGS.has(name)) heading = Math.max(0, heading + step);
  }
  return out + text(html.slice(done));
}
