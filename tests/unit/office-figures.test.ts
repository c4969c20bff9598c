import { describe, expect, it } from 'vitest';
import { officeFigures, officeSummary } from '../../src/lib/bench/office-figures.ts';

describe('office figures of the bench', () => {
  const steps = [
    { step: 'astro', seconds: 20 },
    { step: 'office', seconds: 3.25, detail: '84 documents modifiables (ODT et DOCX de 42 documents ; 80 écrits, 4 repris du cache) en 3,2 s ; tailles écrites dans 42 pages' },
  ];

  it('reads the step time and what it wrote from its report', () => {
    expect(officeFigures(steps, { files: 84, bytes: 1_200_000 })).toEqual({ seconds: 3.25, files: 84, written: 80, reused: 4, bytes: 1_200_000 });
    expect(officeSummary(officeFigures(steps, { files: 84, bytes: 1_200_000 }), (b) => `${b / 1e6} Mo`)).toBe('84 fichiers ODT et DOCX en 3.3 s (80 écrits, 4 repris du cache), 1.2 Mo au total');
  });

  it('says so when the build had no office step', () => {
    expect(officeFigures([{ step: 'astro', seconds: 1 }], { files: 0, bytes: 0 })).toBeUndefined();
    expect(officeSummary(undefined, String)).toBe("pas d'étape office dans la construction");
  });
});
