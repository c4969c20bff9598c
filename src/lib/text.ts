/**
 * Plain-language measures of French text, used by the content rules (word counts per rubric,
 * sentence length of « L'essentiel »).
 */

/** Markdown/MDX to the words a reader sees: tags, markup and link targets removed. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[A-Z][A-Za-z]*\b[^>]*\/>/g, ' lien ') // an inline kit link reads as a few words; count it as one
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/[*_`>|\\]/g, ' ')
    .replace(/^\s*(?:[-+]|\d+\.)\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Words as a French reader counts them: « l'équipe » and « c'est-à-dire » count once. */
export function countWords(markdown: string): number {
  return plainText(markdown).match(WORD)?.length ?? 0;
}

/** Sentences end with . ! ? or … (French spacing before ! and ? allowed). */
export function sentences(text: string): string[] {
  return plainText(text)
    .split(/(?<=[.!?…]\s?»?)\s+(?=[«\p{Lu}\d])/u)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

export function averageSentenceLength(text: string): number {
  const list = sentences(text);
  if (!list.length) return 0;
  return list.reduce((total, sentence) => total + countWords(sentence), 0) / list.length;
}
