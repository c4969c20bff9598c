import { describe, expect, it } from 'vitest';
import { MAX_TERM_LENGTH, parseSearchParams, searchTerm, toSearchParams } from '../../src/lib/search/url-state.ts';
import { buildVocabulary, CONTENT_TYPES, FILTERS } from '../../src/lib/search/vocabulary.ts';
import { searchAttributes } from '../../src/lib/search/attributes.ts';
import { glossaryRecords, referenceRecords, videoRecords } from '../../src/lib/search/records.ts';
import { ficheFilterQuery, filterSummary, matchesFilter, parseFicheFilter } from '../../src/lib/fiche-list-filter.ts';

const vocabulary = buildVocabulary(
  [
    { id: 'amont', titre: 'En amont' },
    { id: 'pendant', titre: 'Pendant' },
  ],
  [
    { id: 'jargon', libelle: 'Jargon et sujets incompris' },
    { id: 'honte-jugement', libelle: 'Honte, peur du jugement, stigmatisation' },
  ],
);

describe('search URL state', () => {
  it('reads the query, type, phase and obstacle from the URL', () => {
    const state = parseSearchParams(new URLSearchParams('q=frais&phase=amont&type=fiche&obstacle=honte-jugement'), vocabulary);
    expect(state).toEqual({
      term: 'frais',
      filters: { Type: ['Fiche'], Phase: ['En amont'], Frein: ['Honte, peur du jugement, stigmatisation'] },
    });
  });
  it('accepts several values, repeated or comma-separated, without duplicates', () => {
    const state = parseSearchParams(new URLSearchParams('phase=amont,pendant&phase=amont'), vocabulary);
    expect(state.filters.Phase).toEqual(['En amont', 'Pendant']);
  });
  it('drops unknown values instead of failing', () => {
    expect(parseSearchParams(new URLSearchParams('phase=durant&type=podcast'), vocabulary)).toEqual({ term: '', filters: {} });
  });
  it('writes a stable URL and reads it back to the same state', () => {
    const state = { term: ' réunion ', filters: { Phase: ['Pendant'], Type: ['Fiche', 'Outil'] } };
    const params = toSearchParams(state, vocabulary);
    expect(params.toString()).toBe('q=r%C3%A9union&type=fiche&type=outil&phase=pendant');
    expect(parseSearchParams(params, vocabulary)).toEqual({ term: 'réunion', filters: { Type: ['Fiche', 'Outil'], Phase: ['Pendant'] } });
  });
  it('writes nothing for an empty search', () => {
    expect(toSearchParams({ term: '', filters: {} }, vocabulary).toString()).toBe('');
  });
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])('ignores « %s », which every object inherits', (value) => {
    const params = new URLSearchParams({ q: 'frais', type: value, phase: value, obstacle: value });
    expect(parseSearchParams(params, vocabulary)).toEqual({ term: 'frais', filters: {} });
    // Only the inherited value is dropped: the known ones next to it still filter.
    expect(parseSearchParams(new URLSearchParams(`type=${value},fiche`), vocabulary).filters).toEqual({ Type: ['Fiche'] });
  });
  it('reads a vocabulary whose own slugs look like inherited names', () => {
    const forged = buildVocabulary([{ id: 'constructor', titre: 'Pendant' }], []);
    expect(parseSearchParams(new URLSearchParams('phase=constructor'), forged).filters).toEqual({ Phase: ['Pendant'] });
  });
  it(`cuts a huge query to ${MAX_TERM_LENGTH} characters, never inside a character`, () => {
    const state = parseSearchParams(new URLSearchParams({ q: 'a'.repeat(100_000) }), vocabulary);
    expect(state.term).toBe('a'.repeat(MAX_TERM_LENGTH));
    expect(searchTerm(`${'a'.repeat(MAX_TERM_LENGTH - 1)}😀😀`)).toBe(`${'a'.repeat(MAX_TERM_LENGTH - 1)}😀`);
    expect(searchTerm(`${' '.repeat(1000)}frais `)).toBe('frais');
    expect(toSearchParams({ term: 'b'.repeat(1000), filters: {} }, vocabulary).get('q')).toBe('b'.repeat(MAX_TERM_LENGTH));
  });
  it('writes no filter Pagefind did not give, even one named like an inherited property', () => {
    expect(toSearchParams({ term: '', filters: JSON.parse('{"__proto__": ["Fiche"], "Type": ["Outil"]}') }, vocabulary).toString()).toBe('type=outil');
  });
});

describe('search attributes of a page', () => {
  it('gives a fiche its type, phase, number and obstacles, commas kept inside values', () => {
    const { filters, meta } = searchAttributes({ type: 'fiche', phases: [{ id: 'amont', titre: 'En amont' }], numero: 4, obstacles: ['Honte, peur du jugement, stigmatisation'] });
    expect(filters).toEqual([
      [FILTERS.type, 'Fiche'],
      [FILTERS.phase, 'En amont'],
      [FILTERS.obstacle, 'Honte, peur du jugement, stigmatisation'],
    ]);
    expect(meta).toEqual([
      ['type', 'Fiche'],
      ['phase', 'En amont'],
      ['phase_id', 'amont'],
      ['numero', '4'],
    ]);
  });
  it('gives an outil of several phases one phase filter each and no single phase colour', () => {
    const { filters, meta } = searchAttributes({ type: 'outil', phases: [{ id: 'amont', titre: 'En amont' }, { id: 'pendant', titre: 'Pendant' }] });
    expect(filters.filter(([name]) => name === FILTERS.phase)).toHaveLength(2);
    expect(meta.map(([name]) => name)).toEqual(['type']);
  });
});

describe('search records for glossary terms and references', () => {
  it('makes one record per entry, pointing to its anchor, with its type', () => {
    const [term] = glossaryRecords([{ id: 'falc', terme: 'FALC', definition: 'Facile à lire et à comprendre.' }], (id) => `/glossaire/#${id}`);
    expect(term).toMatchObject({ url: '/glossaire/#falc', language: 'fr', meta: { title: 'FALC', type: CONTENT_TYPES.terme }, filters: { Type: [CONTENT_TYPES.terme] } });
    expect(term!.content).toContain('Facile à lire');
    const [ref] = referenceRecords([{ id: 'a', titre: 'Un titre', auteurs: ['Une autrice'], annee: 2013, apport: 'Ce que cela apporte.' }], (id) => `/bibliographie/#${id}`);
    expect(ref!.content).toBe('Un titre. Une autrice, 2013. Ce que cela apporte.');
    expect(ref!.filters.Type).toEqual([CONTENT_TYPES.reference]);
  });

  it('makes films findable under the type « Vidéo », at their anchor on /videos/', () => {
    const [film] = videoRecords([{ id: 'commune-commune', titre: 'Commune commune', realisation: ['Dorine Brun', 'Sarah Jacquet'], annee: 2022, description: 'Saillans.' }], (id) => `/videos/#${id}`);
    expect(film).toMatchObject({ url: '/videos/#commune-commune', meta: { title: 'Commune commune', type: 'Vidéo' }, filters: { Type: ['Vidéo'] } });
    expect(film!.content).toBe('Commune commune. Dorine Brun, Sarah Jacquet, 2022. Saillans.');
    expect(parseSearchParams(new URLSearchParams('type=video'), vocabulary).filters).toEqual({ Type: ['Vidéo'] });
  });
});

describe('fiche filter', () => {
  const phases = ['amont', 'pendant', 'apres'];
  const obstacles = ['jargon', 'scepticisme'];
  it('reads valid values and ignores unknown ones', () => {
    expect(parseFicheFilter(new URLSearchParams('phase=pendant&obstacle=jargon'), phases, obstacles)).toEqual({ phase: 'pendant', obstacle: 'jargon' });
    expect(parseFicheFilter(new URLSearchParams('phase=durant&obstacle=x'), phases, obstacles)).toEqual({ phase: null, obstacle: null });
  });
  it('writes the query back', () => {
    expect(ficheFilterQuery({ phase: 'amont', obstacle: null })).toBe('?phase=amont');
    expect(ficheFilterQuery({ phase: null, obstacle: null })).toBe('');
  });
  it('matches on phase and obstacle together', () => {
    const fiche = { phase: 'amont', obstacles: ['jargon'] };
    expect(matchesFilter(fiche, { phase: null, obstacle: null })).toBe(true);
    expect(matchesFilter(fiche, { phase: 'amont', obstacle: 'jargon' })).toBe(true);
    expect(matchesFilter(fiche, { phase: 'pendant', obstacle: null })).toBe(false);
    expect(matchesFilter(fiche, { phase: 'amont', obstacle: 'scepticisme' })).toBe(false);
  });
  it('says how many fiches are shown', () => {
    expect(filterSummary(0, 12)).toMatch(/Aucune fiche/);
    expect(filterSummary(1, 12)).toBe('1 fiche affichée sur 12.');
    expect(filterSummary(4, 12)).toBe('4 fiches affichées sur 12.');
    expect(filterSummary(12, 12)).toBe('Les 12 fiches sont affichées.');
  });
});
