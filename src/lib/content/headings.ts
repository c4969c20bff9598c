export interface Heading {
  depth: number;
  text: string;
  /** 1-based line within the text it was read from. */
  line: number;
}

/** Markdown ATX headings outside fenced code blocks. */
export function extractHeadings(markdown: string): Heading[] {
  const headings: Heading[] = [];
  let fence: string | null = null;
  markdown.split(/\r?\n/).forEach((raw, index) => {
    const fenceMatch = raw.match(/^\s{0,3}(`{3,}|~{3,})/);
    if (fenceMatch) {
      const marker = fenceMatch[1]!;
      if (fence === null) fence = marker[0]!;
      else if (marker[0] === fence) fence = null;
      return;
    }
    if (fence) return;
    const match = raw.match(/^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/);
    if (match) headings.push({ depth: match[1]!.length, text: normalizeTitle(match[2]!), line: index + 1 });
  });
  return headings;
}

/** Compares titles regardless of spacing (thin or non-breaking spaces before « ? »). */
export function normalizeTitle(title: string): string {
  return title.replace(/[\s\u00a0\u202f]+/g, ' ').replace(/’/g, "'").trim();
}

export interface Section {
  title: string;
  line: number;
  /** The markdown between this level-2 heading and the next one. */
  content: string;
}

/** Splits a body into its level-2 sections; text before the first `##` is dropped. */
export function splitSections(markdown: string): Section[] {
  const lines = markdown.split(/\r?\n/);
  const h2 = extractHeadings(markdown).filter((h) => h.depth === 2);
  return h2.map((heading, index) => {
    const next = h2[index + 1];
    return {
      title: heading.text,
      line: heading.line,
      content: lines.slice(heading.line, next ? next.line - 1 : lines.length).join('\n').trim(),
    };
  });
}
