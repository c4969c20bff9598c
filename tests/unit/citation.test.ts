import { describe, expect, it } from 'vitest';
import { citationText } from '../../src/lib/citation.ts';

describe('citationText', () => {
  it('formats authors, title, container, publisher and year', () => {
    expect(
      citationText({ id: 'a', type: 'article', auteurs: ['Sherry R. Arnstein'], titre: 'A Ladder of Citizen Participation', annee: 1969, conteneur: 'Journal of the American Institute of Planners', apport: '' }),
    ).toBe('Sherry R. Arnstein, A Ladder of Citizen Participation, Journal of the American Institute of Planners, 1969.');
  });
  it('joins several authors and skips what is unknown', () => {
    expect(citationText({ id: 'b', type: 'outil', auteurs: ['Un', 'Deux'], titre: 'Titre', apport: '' })).toBe('Un, Deux, Titre.');
  });
});
