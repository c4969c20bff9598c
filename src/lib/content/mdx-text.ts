/**
 * Text typed by a person into a form, made literal for MDX: every sign that could open a tag
 * or an expression is backslash-escaped, so what they wrote is shown as written and never
 * read as code. Markdown itself (lists, emphasis, `###` titles) still works.
 */
export function literalMdx(text: string): string {
  return text
    .replace(/[\\{}<>]/g, '\\$&')
    // A paragraph that starts with `import` or `export` is read as JavaScript by MDX: its first
    // letter is written as a character reference, which MDX shows as the letter itself.
    .replace(/^(\s*)(i(?=mport\b)|e(?=xport\b))/gm, (_, space: string, letter: string) => `${space}&#${letter.charCodeAt(0)};`);
}
