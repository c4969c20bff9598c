/** A query of the public query set and the pages acceptable in its first three results. */
export interface QualityCase {
  q: string;
  attendus: string[];
}

/** Top-3 hit rate and mean reciprocal rank (rank of the first acceptable page, 0 past the tenth). */
export function searchQuality(cases: QualityCase[], ranked: (q: string) => string[]): { hitRate: number; mrr: number; misses: { q: string; got: string[] }[] } {
  let hits = 0;
  let reciprocal = 0;
  const misses: { q: string; got: string[] }[] = [];
  for (const { q, attendus } of cases) {
    const urls = ranked(q);
    const rank = urls.slice(0, 10).findIndex((url) => attendus.includes(url));
    if (rank >= 0 && rank < 3) hits++;
    else misses.push({ q, got: urls.slice(0, 3) });
    if (rank >= 0) reciprocal += 1 / (rank + 1);
  }
  return { hitRate: cases.length ? hits / cases.length : 0, mrr: cases.length ? reciprocal / cases.length : 0, misses };
}
