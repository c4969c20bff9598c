import type { Reference } from '../schemas/index.ts';

/**
 * A reference as one French bibliographic line: Auteurs, *Titre*, conteneur, éditeur, année.
 * Returned in parts so that the page can put the title in italics without building HTML.
 */
export function citationParts(ref: Reference): { before: string; title: string; after: string } {
  const authors = ref.auteurs.join(', ');
  const after = [ref.conteneur, ref.editeur, ref.annee?.toString()].filter(Boolean).join(', ');
  return { before: `${authors}, `, title: ref.titre, after: after ? `, ${after}.` : '.' };
}

export function citationText(ref: Reference): string {
  const { before, title, after } = citationParts(ref);
  return `${before}${title}${after}`;
}
