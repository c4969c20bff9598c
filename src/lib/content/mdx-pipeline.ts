/**
 * How the build reads an MDX file, in one place, so that the verifier reads it the same way:
 * the parser's features, and the text handed to the parser (Astro's own header split).
 */
import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';

/**
 * The Sätteri features of the build. Straight apostrophes stay straight (the same text in YAML
 * and MDX, and French elisions that search can split on); GFM gives tables and footnotes.
 * `astro.config.ts` hands these to the processor; the verifier parses with them.
 */
export const MDX_FEATURES = { gfm: true, smartPunctuation: false } as const;

/**
 * The text Astro compiles for an MDX file: the header found by Astro's own pattern, replaced by
 * spaces line for line (`@astrojs/mdx` asks for `empty-with-spaces`), so lines stay the file's.
 */
export function mdxContentOf(fileText: string): string {
  const header = mdxHeaderOf(fileText);
  if (!header) return fileText;
  return fileText.replace(`${header.delimiter}${header.text}${header.delimiter}`, `   ${header.text.replace(/[^\r\n]/g, ' ')}   `);
}

/** The header as Astro finds it, or undefined when Astro sees none. */
export function mdxHeaderOf(fileText: string): { text: string; delimiter: '---' | '+++' } | undefined {
  const header = extractFrontmatter(fileText);
  if (header === undefined) return undefined;
  return { text: header, delimiter: /^\uFEFF?\s*\+\+\+/.test(fileText) ? '+++' : '---' };
}
