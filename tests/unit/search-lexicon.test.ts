import { describe, expect, it } from 'vitest';
import { checkSynonymsFile } from '../../src/lib/content/synonyms-check.ts';
import { verifyContent } from '../../src/lib/content/verify.ts';
import { buildLexicon, parseLexicon } from '../../src/lib/search/lexicon.ts';
import { MAX_IDEAS, correctedQuery, planQuery, type Lexicon } from '../../src/lib/search/query-plan.ts';
import { searchQuality } from '../../src/lib/search/quality.ts';
import { smartSearch } from '../../src/lib/search/smart-search.ts';
import { closestObstacles } from '../../src/lib/search/suggestions.ts';
import { matchGroups, sigleGroups } from '../../src/lib/search/synonyms.ts';
import { correction, oneEditApart, wordList } from '../../src/lib/search/typos.ts';
import { fold, isStopWord, stem } from '../../src/lib/search/words.ts';
import { SYNONYMS_FILE } from '../../src/schemas/synonymes.ts';
import { validTree } from '../helpers/fixtures.ts';

const FILE = SYNONYMS_FILE;
const lexicon: Lexicon = {
  groups: [
    ['défraiement', 'indemnisation', 'remboursement des frais'],
    ['conflit', "s'engueuler", 'dispute'],
    ['CVS', 'conseil de la vie sociale'],
  ],
  words: ['mobilisation', 'defraiement', 'reunion', 'jeunes'],
};

describe('words of a query', () => {
  it('folds case and accents, keeps stems close and sets stop words aside', () => {
    expect(fold('Élues Œuvre')).toBe('elues oeuvre');
    expect(stem('conflits')).toBe(stem('conflit'));
    expect(stem('engueule')).toBe(stem('engueuler'));
    expect(['comment', 'que', 'faire', 'les', "l", 'pourquoi'].every(isStopWord)).toBe(true);
    expect(isStopWord('jeunes')).toBe(false);
  });
});

describe('synonym groups', () => {
  it('take the glossary sigles', () => {
    expect(sigleGroups([{ terme: 'CVS (conseil de la vie sociale)' }, { terme: 'Aller vers' }])).toEqual([['CVS', 'conseil de la vie sociale']]);
  });

  it('are found in a query by phrase, the longest first, one place each', () => {
    const matches = matchGroups(['que', 'faire', 'quand', 'ça', 's', 'engueule', 'en', 'réunion'], lexicon.groups);
    expect(matches).toEqual([{ start: 4, end: 6, group: lexicon.groups[1] }]);
    expect(matchGroups(['le', 'conseil', 'de', 'la', 'vie', 'sociale'], lexicon.groups)[0]).toMatchObject({ start: 1, end: 6 });
  });
});

describe('typos', () => {
  it('are one letter added, removed, changed, or two letters swapped', () => {
    expect(oneEditApart('defraiment', 'defraiement')).toBe(true);
    expect(oneEditApart('mobilsation', 'mobilisation')).toBe(true);
    expect(oneEditApart('reunoin', 'reunion')).toBe(true);
    expect(oneEditApart('reuniom', 'reunion')).toBe(true);
    expect(oneEditApart('rennion', 'reunion')).toBe(true);
    expect(oneEditApart('rnuion', 'reunion')).toBe(false);
    expect(oneEditApart('reunion', 'reunion')).toBe(false);
  });

  it('are corrected from the kit words, never on short or known words', () => {
    const known = new Set(lexicon.words);
    expect(correction('Mobilsation', lexicon.words, known)).toBe('mobilisation');
    expect(correction('jeune', lexicon.words, known)).toBeUndefined();
    expect(correction('reuno', ['reunion'], new Set())).toBeUndefined();
    expect(correction('reunion', lexicon.words, known)).toBeUndefined();
    expect(correctedQuery('la Mobilsation des jeunes', [['mobilsation', 'mobilisation']])).toBe('la mobilisation des jeunes');
  });

  it('come from a list of words said at least as often as asked, most frequent first', () => {
    expect(wordList(['réunion réunion mobilisation les 2024 jeunes', 'Réunion jeunes'], 2)).toEqual(['reunion', 'jeunes']);
  });
});

describe('a query plan', () => {
  it('keeps the significant ideas, each with its synonyms and correction', () => {
    const plan = planQuery("que faire quand ça s'engueule en réunion", lexicon);
    expect(plan.concepts).toEqual([
      { label: 's engueule', alternatives: ['s engueule', 'conflit', "s'engueuler", 'dispute'] },
      { label: 'réunion', alternatives: ['réunion'] },
    ]);
    expect(planQuery('la mobilsation', lexicon)).toMatchObject({ term: 'la mobilisation', concepts: [{ label: 'mobilsation', alternatives: ['mobilisation'] }] });
    expect(planQuery('defraiment', lexicon)).toEqual({
      term: 'defraiement',
      // The corrected word belongs to a group: the typo finds the group's pages too.
      concepts: [{ label: 'defraiment', alternatives: ['defraiement', 'indemnisation', 'remboursement des frais'] }],
      corrections: [['defraiment', 'defraiement']],
    });
    expect(planQuery('CVS', lexicon).concepts[0]!.alternatives).toEqual(['cvs', 'conseil de la vie sociale']);
    expect(planQuery('comment faire', lexicon).concepts).toEqual([]);
    expect(planQuery('frais Frais frais', lexicon).concepts).toEqual([{ label: 'frais', alternatives: ['frais'] }]);
    const long = Array.from({ length: 30 }, (_, i) => `mot${String.fromCharCode(97 + (i % 26))}${i}`).join(' ');
    expect(planQuery(long, lexicon).concepts).toHaveLength(MAX_IDEAS);
  });
});

describe('the kit search over Pagefind', () => {
  // A miniature index: which pages each query finds, with Pagefind-like scores.
  const index: Record<string, Record<string, number>> = {
    'conflit réunion': {},
    conflit: { obstacle: 10, fiche: 4 },
    réunion: { fiche: 8, trame: 6, suivi: 5 },
    dispute: { regles: 3 },
    '"conseil de la vie sociale"': { experience: 1 },
    cvs: { glossaire: 9 },
  };
  const calls: { term: string | null; filters?: Record<string, string[]> }[] = [];
  const engine = async (term: string | null, options: { filters?: Record<string, string[]> }) => {
    calls.push({ term, filters: options.filters });
    const found = Object.hasOwn(index, term ?? '') ? index[term ?? '']! : {};
    return { results: Object.entries(found).sort((a, b) => b[1] - a[1]).map(([id, score]) => ({ id, score })), filters: {} };
  };

  it('puts the pages holding every idea first and says when no page has them all', async () => {
    const { response, outcome } = await smartSearch('conflit réunion', {}, engine, { ...lexicon, pages: 10 });
    expect(response!.results.map((r) => r.id).slice(0, 1)).toEqual(['fiche']);
    expect(outcome!.kind).toBe('complete');
    const partial = await smartSearch('dispute trame', {}, engine, { groups: [], words: [], pages: 10 });
    expect(partial.outcome).toMatchObject({ kind: 'partial', words: ['dispute'] });
  });

  it('finds the pages of a synonym, searched as a phrase, with the same filters', async () => {
    calls.length = 0;
    const { response } = await smartSearch('CVS', { filters: { Type: ['Fiche'] } }, engine, lexicon);
    expect(response!.results.map((r) => r.id).sort()).toEqual(['experience', 'glossaire']);
    expect(calls.every((c) => c.filters?.Type?.[0] === 'Fiche')).toBe(true);
  });

  it('says « none » when nothing is found, and searches an empty query once, as it is', async () => {
    expect((await smartSearch('zorglub', {}, engine, lexicon)).outcome?.kind).toBe('none');
    calls.length = 0;
    expect((await smartSearch(null, {}, engine, lexicon)).outcome).toBeNull();
    expect(calls).toHaveLength(1);
  });
});

describe('suggestions for a query that finds nothing', () => {
  const obstacles = [
    { url: '/obstacles/a/', libelle: 'Jargon', formulations: ["Je n'ai rien compris"] },
    { url: '/obstacles/b/', libelle: 'Publics éloignés', formulations: ['Les jeunes ne viennent jamais'] },
  ];
  it('are the obstacles sharing the most words, none when nothing is shared', () => {
    expect(closestObstacles('les jeunes du quartier ne viennent pas', obstacles).map((o) => o.url)).toEqual(['/obstacles/b/']);
    expect(closestObstacles('zorglub', obstacles)).toEqual([]);
  });
});

describe('the lexicon file', () => {
  it('is read back, and anything else than lists of words is dropped', () => {
    const built = buildLexicon([{ mots: ['a', 'b'] }], [{ terme: 'QPV (quartier prioritaire)' }], ['mobilisation mobilisation']);
    expect(parseLexicon(JSON.parse(JSON.stringify(built)))).toEqual({ groups: [['a', 'b'], ['QPV', 'quartier prioritaire']], words: ['mobilisation'], pages: 1 });
    expect(parseLexicon({ groups: [['a', 1], ['b', 'c']], words: 'x', pages: '3' })).toEqual({ groups: [['b', 'c']], words: [], pages: 0 });
    expect(parseLexicon(null)).toEqual({ groups: [], words: [], pages: 0 });
  });
});

describe('the quality figures', () => {
  it('count a hit in the first three and the reciprocal rank of the first acceptable page', () => {
    const ranked: Record<string, string[]> = { a: ['/x/', '/y/'], b: ['/p/', '/q/', '/r/', '/y/'] };
    const figures = searchQuality([{ q: 'a', attendus: ['/y/'] }, { q: 'b', attendus: ['/y/'] }], (q) => ranked[q]!);
    expect(figures.hitRate).toBe(0.5);
    expect(figures.mrr).toBeCloseTo((1 / 2 + 1 / 4) / 2);
    expect(figures.misses).toEqual([{ q: 'b', got: ['/p/', '/q/', '/r/'] }]);
  });
});

describe('content/synonymes.yaml', () => {
  it('is accepted in the kit', () => {
    const tree = [...validTree(), { path: FILE, text: '- id: frais\n  mots: [défraiement, indemnisation]\n' }];
    expect(verifyContent(tree, { editorial: false }).problems).toEqual([]);
  });

  it('names the file and line of a word in two groups, a repeated id, a group of one word, an unknown field', () => {
    const text = [
      '- id: frais', //           1
      '  mots: [défraiement, indemnisation]',
      '- id: frais', //           3
      '  mots:',
      '    - remboursement',
      '    - Indemnisation', //   6
      '- id: seul',
      '  mots: [solitaire]', //   8
      '  groupe: x', //           9
    ].join('\n');
    const problems = checkSynonymsFile(FILE, text);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [3, expect.stringMatching(/identifiant « frais » déjà utilisé/)],
      [6, expect.stringMatching(/« Indemnisation » figure déjà dans le groupe « frais »/)],
      [8, expect.stringMatching(/au moins 2 mots/)],
      [9, expect.stringMatching(/champ inconnu « groupe »/)],
    ]);
  });

  it('refuses what is not a list, and broken YAML, with a line', () => {
    expect(checkSynonymsFile(FILE, 'mots: [a, b]\n')[0]).toMatchObject({ file: FILE, line: 1, message: expect.stringMatching(/liste de groupes/) });
    expect(checkSynonymsFile(FILE, '- id: a\n  mots: [a, b\n')[0]).toMatchObject({ file: FILE, line: expect.any(Number) });
    expect(checkSynonymsFile(FILE, '- id: a\n  mots: [<b>a</b>, b]\n')[0]!.message).toMatch(/balise/);
  });
});
