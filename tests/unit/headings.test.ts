import { describe, expect, it } from 'vitest';
import { extractHeadings, normalizeTitle, splitSections } from '../../src/lib/content/headings.ts';

describe('extractHeadings', () => {
  it('reads ATX headings with their depth and line', () => {
    expect(extractHeadings('intro\n\n## Un\n\ntexte\n### Deux ##\n')).toEqual([
      { depth: 2, text: 'Un', line: 3 },
      { depth: 3, text: 'Deux', line: 6 },
    ]);
  });
  it('ignores headings inside fenced code', () => {
    expect(extractHeadings('```\n## pas un titre\n```\n## Titre')).toEqual([{ depth: 2, text: 'Titre', line: 4 }]);
  });
  it('does not take #hashtags for headings', () => {
    expect(extractHeadings('#participation')).toEqual([]);
  });
});

describe('normalizeTitle', () => {
  it('treats non-breaking and narrow spaces, and curly apostrophes, as their plain forms', () => {
    expect(normalizeTitle('Pourquoi\u00a0cette démarche\u202f?')).toBe('Pourquoi cette démarche ?');
    expect(normalizeTitle('L’essentiel')).toBe("L'essentiel");
  });
});

describe('splitSections', () => {
  it('returns each level-2 section with its content, nested headings included', () => {
    const sections = splitSections('avant\n## A\ntexte a\n### sous-titre\nplus\n## B\ntexte b');
    expect(sections.map((s) => s.title)).toEqual(['A', 'B']);
    expect(sections[0]!.content).toBe('texte a\n### sous-titre\nplus');
    expect(sections[1]!.content).toBe('texte b');
  });
});
