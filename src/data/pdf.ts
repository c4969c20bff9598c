import { pdfEnabled } from '../lib/pdf/flag.ts';

/**
 * Whether this build makes the PDFs, read once at build time. With `PDF=0` none is made, so the
 * pages show no download link and the print-only pages are not built.
 */
export const pdfBuilt = pdfEnabled(process.env);
