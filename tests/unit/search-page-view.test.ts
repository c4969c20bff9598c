import { describe, expect, it } from 'vitest';
import { buildFilterMembers, countsOf, filterGroups, parseFilterMembers, toggledFilters } from '../../src/lib/search/filter-groups.ts';
import { excerptParts, resultView, safeHref, type ExcerptNode } from '../../src/lib/search/results-view.ts';
import { searchUi } from '../../src/ui/strings.ts';

const page = new URL('https://kit.example/sous-chemin/recherche/?q=frais');
const phases = { amont: 'En amont', pendant: 'Pendant', apres: 'Après' };

describe('the address a result links to', () => {
  it('keeps a path of the site, under its sub-path, with its anchor', () => {
    expect(safeHref('/sous-chemin/glossaire/#falc', page)).toBe('/sous-chemin/glossaire/#falc');
    expect(safeHref('../fiches/x/', page)).toBe('/sous-chemin/fiches/x/');
  });

  it.each([
    ['a script', 'javascript:alert(1)'],
    ['a data page', 'data:text/html,<script>alert(1)</script>'],
    ['another host', 'https://ailleurs.example/'],
    ['a host without scheme', '//ailleurs.example/fiches/'],
    ['nothing', ''],
    ['not a string', { toString: (): string => '/fiches/' }],
  ])('refuses %s', (_, raw) => {
    expect(safeHref(raw, page)).toBeNull();
  });
});

describe('what a result shows', () => {
  it('reads a fiche: type, number and phase, in the colour of a known phase', () => {
    const view = resultView({ url: '/sous-chemin/fiches/x/', meta: { title: 'Animer une réunion', type: 'Fiche', numero: '7', phase: 'Pendant', phase_id: 'pendant' } }, page, phases);
    expect(view).toEqual({ href: '/sous-chemin/fiches/x/', title: 'Animer une réunion', type: 'Fiche', fiche: { text: 'Fiche 7 · Pendant', phaseId: 'pendant' } });
  });

  it('prefers the anchor of the entry to the page that holds it', () => {
    expect(resultView({ url: '/sous-chemin/glossaire/', meta: { url: '/sous-chemin/glossaire/#ccas', title: 'CCAS' } }, page, phases)?.href).toBe('/sous-chemin/glossaire/#ccas');
  });

  it('gives a phase it does not know no colour: a class name never comes from the index', () => {
    for (const phaseId of ['x" onclick="alert(1)', 'constructor', '__proto__']) {
      const view = resultView({ url: '/f/', meta: { title: 'T', numero: '1', phase: 'P', phase_id: phaseId } }, page, phases);
      expect(view?.fiche).toEqual({ text: 'Fiche 1 · P' });
    }
  });

  it('draws nothing for a result whose link would leave the site', () => {
    expect(resultView({ url: '/f/', meta: { url: 'javascript:alert(1)', title: 'T' } }, page, phases)).toBeNull();
  });

  it('falls back on the address for a title', () => {
    expect(resultView({ url: '/sous-chemin/a/', meta: { title: 42 } }, page, phases)?.title).toBe('/sous-chemin/a/');
  });
});

/** A parsed tree, as a DOM parser hands it over. */
const text = (value: string): ExcerptNode => ({ nodeType: 3, nodeName: '#text', textContent: value, childNodes: [] });
const el = (name: string, ...children: ExcerptNode[]): ExcerptNode => ({ nodeType: 1, nodeName: name, textContent: children.map((c) => c.textContent).join(''), childNodes: children });

describe('the words of an excerpt', () => {
  it('keeps text and marks the words found', () => {
    expect(excerptParts(el('BODY', text('des '), el('MARK', text('frais')), text(' de transport')))).toEqual([
      { text: 'des ', marked: false },
      { text: 'frais', marked: true },
      { text: ' de transport', marked: false },
    ]);
  });

  it('reads any other element as its text only, and drops comments', () => {
    const tree = el('BODY', el('IMG'), el('A', text('un lien')), { nodeType: 8, nodeName: '#comment', textContent: 'caché', childNodes: [] }, el('SCRIPT', text('alert(1)')));
    expect(excerptParts(tree)).toEqual([{ text: 'un lienalert(1)', marked: false }]);
  });

  it('keeps a mark inside another element marked', () => {
    expect(excerptParts(el('BODY', el('SPAN', el('mark', text('frais'))), text('.')))).toEqual([
      { text: 'frais', marked: true },
      { text: '.', marked: false },
    ]);
  });
});

describe('the filter pane', () => {
  const total = { Frein: { Jargon: 3 }, Type: { Fiche: 12, Outil: 9 }, Phase: { 'En amont': 8, Pendant: 7 } };

  it('lists the groups in the kit order, each value with the results it would keep', () => {
    const groups = filterGroups(total, { Type: { Fiche: 4, Outil: 0 }, Phase: { 'En amont': 2, Pendant: 2 }, Frein: { Jargon: 1 } }, {});
    expect(groups.map((g) => g.name)).toEqual(['Type', 'Phase', 'Frein']);
    expect(groups[0]!.options).toEqual([
      { value: 'Fiche', count: 4, checked: false, shown: true },
      { value: 'Outil', count: 0, checked: false, shown: false },
    ]);
  });

  it('counts a ticked value by the results it holds, and shows it even when they are none, so that it can be unticked', () => {
    const [type] = filterGroups(total, { Type: { Fiche: 3, Outil: 0 } }, { Type: ['Fiche', 'Outil'] });
    expect(type!.options).toEqual([
      { value: 'Fiche', count: 3, checked: true, shown: true },
      { value: 'Outil', count: 0, checked: true, shown: true },
    ]);
    expect(type!.checkedCount).toBe(2);
  });

  it('shows the totals before any search', () => {
    expect(filterGroups(total, undefined, {})[1]!.options.map((o) => o.count)).toEqual([8, 7]);
  });

  it('ticks and unticks a value, leaving out a group with nothing ticked', () => {
    const once = toggledFilters({}, 'Phase', 'Pendant', true);
    expect(once).toEqual({ Phase: ['Pendant'] });
    expect(toggledFilters(once, 'Type', 'Fiche', true)).toEqual({ Phase: ['Pendant'], Type: ['Fiche'] });
    expect(toggledFilters(once, 'Phase', 'Pendant', false)).toEqual({});
  });

  it('keeps a filter named « __proto__ » an ordinary filter', () => {
    const filters = toggledFilters({}, '__proto__', 'x', true);
    expect(Object.getPrototypeOf(filters)).toBe(Object.prototype);
    expect(Object.hasOwn(filters, '__proto__')).toBe(true);
  });
});

describe('the counts of the filter pane', () => {
  const members = {
    Type: { Fiche: new Set(['a', 'b', 'c']), Outil: new Set(['d']) },
    Phase: { Pendant: new Set(['a', 'd']) },
  };

  it('counts, for each value, the results that carry it', () => {
    expect(countsOf(['a', 'd', 'x'], members)).toEqual({ Type: { Fiche: 1, Outil: 1 }, Phase: { Pendant: 2 } });
  });

  it('counts nothing for no result, and every page for all of them', () => {
    expect(countsOf([], members)).toEqual({ Type: { Fiche: 0, Outil: 0 }, Phase: { Pendant: 0 } });
    expect(countsOf(['a', 'b', 'c', 'd'], members).Type).toEqual({ Fiche: 3, Outil: 1 });
  });
});

describe('the file of filter members, written at build time', () => {
  const pages: { id: string; filters: Record<string, string[]> }[] = [
    { id: 'fr_a', filters: { Type: ['Fiche'], Phase: ['Pendant', 'En amont'] } },
    { id: 'fr_b', filters: { Type: ['Outil'], Phase: ['Pendant'] } },
    { id: 'fr_c', filters: { Type: ['Terme du glossaire'] } },
  ];

  it('lists, for each filter and value, the pages that carry it', () => {
    expect(buildFilterMembers(pages)).toEqual({
      Type: { Fiche: ['fr_a'], Outil: ['fr_b'], 'Terme du glossaire': ['fr_c'] },
      Phase: { Pendant: ['fr_a', 'fr_b'], 'En amont': ['fr_a'] },
    });
  });

  it('is read back as the page counts from it', () => {
    const members = parseFilterMembers(JSON.parse(JSON.stringify(buildFilterMembers(pages))));
    expect(countsOf(['fr_a', 'fr_b'], members!)).toEqual({ Type: { Fiche: 1, Outil: 1, 'Terme du glossaire': 0 }, Phase: { Pendant: 2, 'En amont': 1 } });
  });

  it('keeps a filter or a value named « __proto__ » one among the others', () => {
    const built = buildFilterMembers([{ id: 'fr_x', filters: JSON.parse('{"__proto__":["__proto__"]}') }]);
    expect(Object.getPrototypeOf(built)).toBe(Object.prototype);
    const read = parseFilterMembers(JSON.parse(JSON.stringify(built)));
    expect(Object.hasOwn(read!, '__proto__')).toBe(true);
    expect(countsOf(['fr_x'], read!)).toEqual(JSON.parse('{"__proto__":{"__proto__":1}}'));
  });

  it.each([
    ['nothing', null],
    ['a list', []],
    ['a value that is not a list', { Type: { Fiche: 'fr_a' } }],
    ['a list with a number', { Type: { Fiche: ['fr_a', 3] } }],
    ['a filter that is not an object', { Type: ['Fiche'] }],
  ])('refuses %s: the page then keeps the counts of Pagefind', (_, value) => {
    expect(parseFilterMembers(value)).toBeNull();
  });
});

describe('the summary read out after each search', () => {
  it('counts in French, with and without words', () => {
    expect(searchUi.summary(0, 'zorglub')).toBe('Aucun résultat pour zorglub');
    expect(searchUi.summary(1, 'charte')).toBe('1 résultat pour charte');
    expect(searchUi.summary(12, 'frais')).toBe('12 résultats pour frais');
    expect(searchUi.summary(142, '')).toBe('142 résultats');
  });
});
