/**
 * How the search reads a query: words folded (no case, no accent), French stop words and
 * question words set aside, and a light stem so that « conflits » meets « conflit ».
 */

/** Lower case, no accent, « œ » as « oe »: « Élus » and « elus » are the same word. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '');
}

/** The words of a text as typed (lower case, accents kept): apostrophes and hyphens separate. */
export function rawWords(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Said in almost every question, found on almost every page: they cannot rank anything. */
export const STOP_WORDS = new Set(
  (
    'a ai aie aient ait alors as au aucun aucune aussi autre autres aux avec avoir avons avez ayant ' +
    'bien c ca ce ceci cela celle celles celui ces cet cette ceux chez comme comment d dans de des ' +
    'dois doit doivent donc dont du elle elles en encore entre es est et etc etre eu faire fais fait faut ' +
    'ici il ils j je jamais juste l la le les leur leurs lui m ma mais me meme mes moi mon n ne ni ' +
    'nos notre nous on ont ou par parce pas peu peut peuvent peux plus pour pourquoi puis qu quand que ' +
    'quel quelle quelles quels qui quoi s sa sans se ses si son sont sur ta te tes toi ton tous tout ' +
    'toute toutes tres trop tu un une vers veut veulent veux voila vos votre vous y ' +
    'quelqu quelque quelques rien chose choses avoir aller va vont faire font'
  ).split(' '),
);

const ENDINGS = ['ements', 'ement', 'ations', 'ation', 'euses', 'euse', 'ees', 'ee', 'es', 'er', 'ez', 'ent', 'e', 's', 'x'];

/** A folded word cut to a rough stem; short words stay whole. */
export function stem(folded: string): string {
  for (const ending of ENDINGS) {
    if (folded.endsWith(ending) && folded.length - ending.length >= 4) return folded.slice(0, -ending.length);
  }
  return folded;
}

export function isStopWord(word: string): boolean {
  const folded = fold(word);
  return folded.length < 2 || STOP_WORDS.has(folded);
}
