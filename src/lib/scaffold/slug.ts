/**
 * An id from a French title: « Faciliter l'expression de toutes et de tous » →
 * `faciliter-l-expression-de-toutes-et-de-tous`. Accents go, apostrophes become hyphens.
 */
export function slugify(title: string, maxLength = 60): string {
  const slug = title
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'Oe')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'Ae')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  // Cut between words, never inside one.
  const cut = slug.slice(0, maxLength + 1);
  const end = cut.lastIndexOf('-');
  return (end > 0 ? cut.slice(0, end) : slug.slice(0, maxLength)).replace(/-+$/, '');
}
