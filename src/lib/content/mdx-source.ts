import { mdxHeaderOf } from './mdx-pipeline.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';

export interface MdxSource {
  frontmatter: YamlSource;
  /** The header as Astro reads it, for comparison with ours; undefined without a header. */
  headerText?: string;
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  hasFrontmatter: boolean;
  /** The header is written between `+++` lines (TOML), which the kit does not accept. */
  tomlHeader: boolean;
}

/**
 * Splits the header from the MDX body where Astro splits it (its own pattern), without
 * compiling anything: a header that ends somewhere else for Astro than for a reader of the
 * file would give the build a body the verifier never saw.
 */
export function parseMdxSource(text: string): MdxSource {
  const header = mdxHeaderOf(text);
  if (!header) {
    return { frontmatter: parseYamlSource('{}'), body: text.replace(/^\uFEFF/, ''), bodyLine: 1, hasFrontmatter: false, tomlHeader: false };
  }
  const headerStart = text.indexOf(header.delimiter) + header.delimiter.length;
  let bodyStart = headerStart + header.text.length + header.delimiter.length;
  if (text[bodyStart] === '\r') bodyStart++;
  if (text[bodyStart] === '\n') bodyStart++;
  const linesBefore = (offset: number) => text.slice(0, offset).split('\n').length - 1;
  return {
    frontmatter: parseYamlSource(header.text, linesBefore(headerStart)),
    headerText: header.text,
    body: text.slice(bodyStart),
    bodyLine: linesBefore(bodyStart) + 1,
    hasFrontmatter: header.delimiter === '---',
    tomlHeader: header.delimiter === '+++',
  };
}
