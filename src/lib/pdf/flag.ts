/**
 * `PDF=0` builds the site without PDFs (quick local builds). The pages read the same flag at
 * build time, so they never link to a PDF that was not made.
 */
const OFF = new Set(['0', 'false', 'non', 'no', 'off']);

export function pdfEnabled(env: Record<string, string | undefined>): boolean {
  const value = env.PDF?.trim().toLowerCase();
  return !value || !OFF.has(value);
}
