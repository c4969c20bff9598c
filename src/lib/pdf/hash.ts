import { createHash } from 'node:crypto';

/**
 * The cache key of one PDF: everything its bytes depend on (page HTML, print recipe, browser
 * version, header and footer). The generation date is left out on purpose, or nothing would ever
 * be reused: a reused PDF keeps the date it was really made.
 */
export function pdfCacheKey(inputs: Record<string, string>): string {
  const hash = createHash('sha256');
  for (const name of Object.keys(inputs).sort()) hash.update(`${name}\u0000${inputs[name]}\u0000`);
  return hash.digest('hex');
}
