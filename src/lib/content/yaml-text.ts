/**
 * Writing YAML by hand, for files a person will then read and edit: plain values stay plain,
 * and only what YAML would misread gets quoted.
 */

/** Values YAML 1.1/1.2 readers turn into something other than a string. */
const NOT_A_STRING = /^(?:~|null|true|false|yes|no|on|off|y|n|[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|0x[0-9a-f]+|0o[0-7]+|[-+]?\.inf|\.nan|\d{4}-\d\d-\d\d.*)$/i;

/** One line of text as a YAML scalar: plain when that is safe, double-quoted otherwise. */
export function yamlScalar(value: string): string {
  const text = value.replace(/\s+/g, ' ').trim();
  const plainIsSafe =
    text !== '' &&
    !NOT_A_STRING.test(text) &&
    !/^[-?:,[\]{}#&*!|>'"%@`«]/.test(text) &&
    !/: |:$| #|\t/.test(text);
  return plainIsSafe ? text : JSON.stringify(text);
}

/**
 * A folded block (`>-`) for long text: everything after the indicator is literal, so nothing a
 * person types (colons, quotes, #) can break the file. Paragraphs stay separated.
 */
export function yamlFolded(value: string, indent = 2): string {
  const pad = ' '.repeat(indent);
  const paragraphs = value
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return `>-\n${paragraphs.map((paragraph) => `${pad}${paragraph}`).join(`\n\n`)}`;
}

/** A list of plain ids in flow style: `[a, b]`. Ids are kebab-case, so never need quotes. */
export function yamlIdList(ids: readonly string[]): string {
  return `[${ids.join(', ')}]`;
}
