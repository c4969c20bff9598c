/**
 * The sizes of the editable documents in the download block. Like the PDFs' sizes, they are only
 * known once the files are written: pages carry an empty marked span that the office step fills.
 */
import { formatFileSize } from '../pdf/size.ts';

/** The attribute that marks where a page shows the size of one editable document (its site path, without base). */
export const FILE_SIZE_ATTRIBUTE = 'data-file-size';

// Our own markup, written by the download component: an empty span with the attribute, nothing else.
const PLACEHOLDER = new RegExp(`(<span\\b[^>]*\\b${FILE_SIZE_ATTRIBUTE}="([^"]+)"[^>]*>)[^<]*(</span>)`, 'g');

export function fileSizePlaceholders(html: string): string[] {
  return [...html.matchAll(PLACEHOLDER)].map((match) => match[2]!);
}

/** Writes « , 18 Ko » into every marked span; a span naming a file that was not made is an error. */
export function fillFileSizes(html: string, sizeOf: (path: string) => number | undefined): string {
  return html.replace(PLACEHOLDER, (_match, open: string, path: string, close: string) => {
    const bytes = sizeOf(path);
    if (bytes === undefined) throw new Error(`La page annonce le document ${path}, qui n'a pas été produit.`);
    return `${open}, ${formatFileSize(bytes)}${close}`;
  });
}
