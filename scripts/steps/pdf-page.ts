/**
 * Code that runs inside the page being printed, through Playwright's `page.evaluate`. Each
 * function is sent as its source text: it must be self-contained (no import, no outer variable).
 */

export interface PrepareOptions {
  /** Without the site's public address, links to the site's own pages would lead nowhere on paper. */
  unlinkInternal: boolean;
  generatedDate: string;
  /** The site's base path, e.g. `/kit-participation/`. */
  base: string;
  /**
   * [pattern, id] pairs: a link to a site path (without base) that matches the pattern goes to the
   * element with that id when the document holds it, so the whole kit links within itself.
   */
  inDocument: [string, string][];
}

/** Makes the page ready for paper: answers open, links that work on paper, bookmarks readable. */
export function preparePrintedPage({ unlinkInternal, generatedDate, base, inDocument }: PrepareOptions): void {
  for (const details of document.querySelectorAll('details')) details.open = true;
  for (const link of document.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    if (!href.startsWith(base)) continue;
    const path = href.slice(base.length);
    for (const [pattern, id] of inDocument) {
      const target = new RegExp(pattern).test(path) ? path.replace(new RegExp(pattern), id) : '';
      if (target && document.getElementById(target)) {
        link.setAttribute('href', `#${target}`);
        break;
      }
    }
  }
  if (unlinkInternal) {
    for (const link of document.querySelectorAll('a[href]')) {
      if (!/^(https?:|mailto:|tel:|#)/.test(link.getAttribute('href') ?? '')) link.removeAttribute('href');
    }
  }
  // Chromium names each bookmark after its heading's lines joined without the space where a line
  // wrapped (« réunion departicipation »). A four-per-em space there survives the join. Unlike a
  // plain space it does not hang at the line end, so a word may move to the next line: measure
  // again until every wrap of every heading is such a space (one word moves at most per pass).
  const range = document.createRange();
  const top = (node: Text, index: number, box: 'first' | 'last') => {
    range.setStart(node, index);
    range.setEnd(node, index + 1);
    const rects = range.getClientRects();
    const rect = box === 'first' ? rects[0] : rects[rects.length - 1];
    return rect ? rect.top : NaN;
  };
  const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  for (let pass = 0; pass < 8; pass++) {
    const wraps: { text: Text; index: number }[] = [];
    for (const heading of headings) {
      const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
      const texts: Text[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
      const chars = texts.flatMap((text) => Array.from({ length: text.data.length }, (_, index) => ({ text, index })));
      chars.forEach(({ text, index }, n) => {
        if (text.data[index] !== ' ' || n === 0 || n === chars.length - 1) return;
        const before = chars[n - 1]!;
        const after = chars[n + 1]!;
        if (top(after.text, after.index, 'last') > top(before.text, before.index, 'first') + 1) wraps.push({ text, index });
      });
    }
    if (!wraps.length) break;
    for (const { text, index } of wraps) text.replaceData(index, 1, '\u2005');
  }
  for (const element of document.querySelectorAll('[data-generated-date]')) element.textContent = generatedDate;
}

/**
 * Keeps only the soft hyphens at which a line actually breaks. The others would stay in the PDF's
 * text and split words for search, copy and screen readers. Dropping a break opportunity that the
 * line breaker did not take leaves every line as it was. The page is laid out at the paper's text
 * width, so its lines are the printed lines.
 */
export function dropUnusedSoftHyphens(): { kept: number; dropped: number } {
  const SHY = '\u00ad';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((node as Text).data.includes(SHY)) nodes.push(node as Text);
  const range = document.createRange();
  // Chromium gives the character after a used soft hyphen two boxes, the hyphen's and its own:
  // the last box is the character's line.
  const lineTop = (node: Text, index: number, box: 'first' | 'last') => {
    range.setStart(node, index);
    range.setEnd(node, index + 1);
    const rects = range.getClientRects();
    const rect = box === 'first' ? rects[0] : rects[rects.length - 1];
    return rect ? rect.top : NaN;
  };
  // Measure everything first, then edit: edits would force a new layout between measures.
  const decisions = nodes.map((node) => {
    const keep: boolean[] = [];
    for (let i = node.data.indexOf(SHY); i >= 0; i = node.data.indexOf(SHY, i + 1)) {
      const before = lineTop(node, i - 1, 'first');
      const after = lineTop(node, i + 1, 'last');
      keep.push(after > before + 1);
    }
    return keep;
  });
  let kept = 0;
  let dropped = 0;
  nodes.forEach((node, n) => {
    let k = 0;
    node.data = node.data.replace(/\u00ad/g, () => {
      if (decisions[n]![k++]) {
        kept++;
        return SHY;
      }
      dropped++;
      return '';
    });
  });
  return { kept, dropped };
}

/** Puts marker `markers[i]` in the i-th `[data-toc]` heading; returns the headings' ids in order. */
export function markTocSections(markers: string[]): string[] {
  const targets = [...document.querySelectorAll<HTMLElement>('[data-toc]')];
  targets.forEach((target, index) => {
    const marker = document.createElement('span');
    marker.className = 'toc-marker';
    marker.textContent = markers[index] ?? '';
    // Out of the flow: the first print has exactly the layout of the second.
    marker.style.cssText = 'position:absolute;left:0;top:0;font-size:3px;line-height:1;white-space:nowrap;color:#fff';
    target.append(marker);
  });
  // Same width as the final numbers, so the table of contents keeps its length.
  for (const page of document.querySelectorAll('[data-toc-page]')) page.textContent = '000';
  return targets.map((target) => target.dataset.toc ?? '');
}

/** Removes the markers and writes each section's first page into the table of contents. */
export function fillTocPages(pages: Record<string, number>): void {
  for (const marker of document.querySelectorAll('.toc-marker')) marker.remove();
  for (const element of document.querySelectorAll<HTMLElement>('[data-toc-page]')) {
    element.textContent = String(pages[element.dataset.tocPage ?? ''] ?? '');
  }
}
