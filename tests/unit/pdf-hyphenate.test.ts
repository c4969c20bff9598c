import { describe, expect, it } from 'vitest';
import { createFrenchHyphenator, frenchHyphenator, hyphenateText, SOFT_HYPHEN } from '../../src/lib/pdf/hyphenate.ts';
import { mapHtmlText } from '../../src/lib/pdf/html-text.ts';
import { PAPER_BOX, printHtml } from '../../src/lib/pdf/print-html.ts';
import { frenchSpaces } from '../../src/lib/pdf/typography.ts';

const shown = (text: string) => text.replaceAll(SOFT_HYPHEN, '-');
const NBSP = '\u00a0';

describe('French hyphenation (the hyphen library, with the French minimums)', () => {
  const hyphenate = frenchHyphenator();

  it('breaks French words at their syllables', () => {
    expect(hyphenate('participation').join('-')).toBe('par-ti-ci-pa-tion');
    expect(hyphenate('démarche').join('-')).toBe('dé-marche');
    expect(hyphenate('politiques').join('-')).toBe('po-li-tiques');
    expect(hyphenate('accompagnement').join('-')).toBe('ac-com-pa-gne-ment');
    expect(hyphenate('restitution').join('-')).toBe('res-ti-tu-tion');
  });

  it('keeps at least two letters before and three after any break', () => {
    for (const word of ['solidarité', 'anticonstitutionnellement', 'évaluation', 'professionnelles', 'réunion']) {
      const parts = hyphenate(word);
      expect(parts.join('')).toBe(word);
      expect(parts[0]!.length).toBeGreaterThanOrEqual(2);
      expect(parts.at(-1)!.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps three letters after the last break, which the library alone does not (« so-li-da-ri-té »)', () => {
    expect(hyphenate('solidarité').join('-')).toBe('so-li-da-rité');
    expect(createFrenchHyphenator({ rightMin: 2 })('solidarité').join('-')).toBe('so-li-da-ri-té');
  });
});

describe('hyphenateText', () => {
  it('adds soft hyphens to long common words only', () => {
    expect(shown(hyphenateText('La participation des personnes concernées'))).toBe('La par-ti-ci-pa-tion des per-sonnes concer-nées');
  });

  it('leaves proper nouns, acronyms, addresses and codes whole', () => {
    for (const text of ['Montpellier', 'CCAS', 'https://www.exemple.org/participation', 'contact@exemple.org', 'participation2024', 'fichier_participation']) {
      expect(hyphenateText(text)).toBe(text);
    }
  });

  it('splits words at apostrophes before breaking them', () => {
    expect(shown(hyphenateText("l'accompagnement"))).toBe("l'ac-com-pa-gne-ment");
  });
});

describe('French spacing', () => {
  it('binds « » ; : ! ? to their words with a non-breaking space', () => {
    expect(frenchSpaces('« Personne ne vient » : pourquoi ? Voilà ; enfin !')).toBe(`«${NBSP}Personne ne vient${NBSP}»${NBSP}: pourquoi${NBSP}? Voilà${NBSP}; enfin${NBSP}!`);
  });

  it('leaves addresses and times alone', () => {
    expect(frenchSpaces('https://exemple.org/a?b=1 à 10:30')).toBe('https://exemple.org/a?b=1 à 10:30');
  });
});

describe('the HTML printed', () => {
  const page =
    '<html lang="fr"><head><title>Participation citoyenne</title><style>.participation{}</style></head>' +
    '<body><h2 id="participation">Pourquoi la participation ?</h2><p class="participation">La participation l&#39;accompagnement ' +
    '<a href="https://exemple.org/participation">exemple.org/participation</a> <code>participation</code></p>' +
    '<script>const participation = 1;</script><img alt="participation" src="x.png" /><p>Une démarche exigeante</p></body></html>';

  it('hyphenates running text only, never headings, code, scripts, attributes or entities', () => {
    const printed = printHtml(page);
    expect(printed.replaceAll(SOFT_HYPHEN, '').replaceAll(NBSP, ' ')).toBe(page);
    expect(shown(printed)).toContain('<p class="participation">La par-ti-ci-pa-tion l&#39;ac-com-pa-gne-ment ');
    expect(printed).toContain(`<h2 id="participation">Pourquoi la participation${NBSP}?</h2>`);
    expect(printed).toContain('<code>participation</code>');
    expect(printed).toContain('<script>const participation = 1;</script>');
    expect(printed).toContain('<title>Participation citoyenne</title>');
    expect(printed).toContain('alt="participation"');
    expect(shown(printed)).toContain('<p>Une dé-marche exi-geante</p>');
  });

  it('tells headings from running text', () => {
    const places: string[] = [];
    mapHtmlText('<h1>Titre <span>fin</span></h1><p>Texte</p><br/><p>après</p>', (text, place) => (places.push(`${place}:${text}`), text));
    expect(places).toEqual(['heading:Titre ', 'heading:fin', 'text:Texte', 'text:après']);
  });

  it('draws the « ☐ » of paper forms as boxes, in tables and lists alike', () => {
    expect(printHtml('<td>☐</td><li>Documents : ☐ calendrier ☐ grille</li>')).toBe(`<td>${PAPER_BOX}</td><li>Documents${NBSP}: ${PAPER_BOX} ca\u00adlen\u00addrier ${PAPER_BOX} grille</li>`);
  });
});

describe('the HTML printed from hostile content', () => {
  it('keeps attribute values whole, even with « > » and « ☐ » inside', () => {
    const page = '<p><img alt="a > ☐ <img src=x onerror=alert(1)>" src="/images/x.png" /> Une démarche</p>';
    const printed = printHtml(page);
    expect(printed).toContain('<img alt="a > ☐ <img src=x onerror=alert(1)>" src="/images/x.png" />');
    expect(shown(printed)).toContain(' Une dé-marche</p>');
  });

  it('ends a script at its closing tag only, and goes on after it', () => {
    const page = '<script type="application/json">{"a":"b<c", "d":"e>"}</script><p>Une démarche ☐</p>';
    const printed = printHtml(page);
    expect(printed).toContain('<script type="application/json">{"a":"b<c", "d":"e>"}</script>');
    expect(printed).toContain(`<p>Une dé\u00admarche ${PAPER_BOX}</p>`);
  });
});
