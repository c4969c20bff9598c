import { describe, expect, it } from 'vitest';
import { averageSentenceLength, countWords, plainText, sentences } from '../../src/lib/text.ts';

describe('countWords', () => {
  it('counts elisions and hyphenated words once', () => {
    expect(countWords("L'équipe, c'est-à-dire toutes et tous.")).toBe(5);
  });
  it('ignores markup, link targets and component attributes', () => {
    expect(countWords('**Deux mots** et [un lien](/fiches/x/) <LienOutil id="charte-locale" />')).toBe(6);
    expect(countWords('<Exemple titre="ignoré">\n\nTrois mots ici\n\n</Exemple>')).toBe(3);
  });
  it('ignores list markers, headings and table pipes', () => {
    expect(countWords('## Titre\n\n1. Premier\n- Second\n| a | b |')).toBe(5);
  });
});

describe('sentences', () => {
  it('splits French sentences, with a space before ? and !', () => {
    expect(sentences('Une phrase. Une autre ? Oui ! « Citation. » Fin.')).toHaveLength(5);
  });
  it('does not split inside a number', () => {
    expect(sentences('La loi n° 2014-173 date de 2014. Voilà.')).toHaveLength(2);
  });
  it('averages words per sentence', () => {
    expect(averageSentenceLength('Un deux trois. Quatre cinq six sept huit.')).toBe(4);
  });
});

describe('plainText', () => {
  it('keeps the text of links and drops emphasis', () => {
    expect(plainText('Voir [la fiche](/fiches/a/) *vite*')).toBe('Voir la fiche vite');
  });
});
