import type { OfficeDocument } from './model.ts';

/** The line at the foot of every page of an editable document: where it comes from, when, under which licence. */
export function footerText(doc: OfficeDocument): string {
  return `Source : ${doc.source} · Document créé le ${doc.date} · ${doc.licence}`;
}
