/**
 * French spacing for paper: the space before « ; : ! ? » » and after « « » becomes a non-breaking
 * space, so that no line, heading or bookmark starts with a lone punctuation mark. The content is
 * written with plain spaces (easier to type); the PDFs get the typography.
 */
const NBSP = '\u00a0';

export function frenchSpaces(text: string): string {
  return text.replace(/ +(?=[;:!?»])/g, NBSP).replace(/« +/g, `«${NBSP}`);
}
