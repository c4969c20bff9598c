/**
 * The size of a PDF as the download links show it. The size is only known once the PDF is
 * printed, so pages carry a placeholder that the PDF step fills in the built HTML.
 */

const NBSP = '\u00a0';
const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/**
 * « 180 Ko », « 1,2 Mo »: decimal units (1 Ko = 1 000 octets, as the SI and most systems count
 * now), a non-breaking space before the unit, never « 0 Ko » for a non-empty file.
 */
export function formatFileSize(bytes: number): string {
  const kilo = Math.max(1, Math.round(bytes / 1000));
  if (kilo < 1000) return `${kilo}${NBSP}Ko`;
  return `${decimal.format(Math.round(bytes / 100_000) / 10)}${NBSP}Mo`;
}

/** The attribute that marks where a page shows the size of one PDF (its site path, without base). */
export const PDF_SIZE_ATTRIBUTE = 'data-pdf-size';

const PLACEHOLDER = new RegExp(`(<span\\b[^>]*\\b${PDF_SIZE_ATTRIBUTE}="([^"]+)"[^>]*>)[^<]*(</span>)`, 'g');

/** Site paths of the PDFs whose size a page shows. */
export function pdfSizePlaceholders(html: string): string[] {
  return [...html.matchAll(PLACEHOLDER)].map((match) => match[2]!);
}

/**
 * Writes « , 180 Ko » into every size placeholder of a page. A placeholder whose PDF is unknown
 * is an error: the page would link to a missing file.
 */
export function fillPdfSizes(html: string, sizeOf: (pdfPath: string) => number | undefined): string {
  return html.replace(PLACEHOLDER, (_match, open: string, path: string, close: string) => {
    const bytes = sizeOf(path);
    if (bytes === undefined) throw new Error(`La page annonce le PDF ${path}, qui n'a pas été produit.`);
    return `${open}, ${formatFileSize(bytes)}${close}`;
  });
}
