import { parseYamlSource, type YamlSource } from './yaml-source.ts';

export interface MdxSource {
  frontmatter: YamlSource;
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  hasFrontmatter: boolean;
}

/** Splits `---` frontmatter from the MDX body without compiling anything. */
export function parseMdxSource(text: string): MdxSource {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    return { frontmatter: parseYamlSource('{}'), body: lines.join('\n'), bodyLine: 1, hasFrontmatter: false };
  }
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (end === -1) {
    return { frontmatter: parseYamlSource('{}'), body: '', bodyLine: lines.length + 1, hasFrontmatter: false };
  }
  const yamlText = lines.slice(1, end).join('\n');
  return {
    frontmatter: parseYamlSource(yamlText, 1),
    body: lines.slice(end + 1).join('\n'),
    bodyLine: end + 2,
    hasFrontmatter: true,
  };
}
