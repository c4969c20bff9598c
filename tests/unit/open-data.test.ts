import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/lib/open-data/csv.ts';
import { toTextField, type PlainContext } from '../../src/lib/open-data/plain-text.ts';
import { KIT_COMPONENTS } from '../../src/lib/content/mdx-components.ts';
import { parseCsv } from '../helpers/csv.ts';

const context: PlainContext = {
  url: (path) => `https://kit.exemple.org${path}`,
  kitLink: (kind, id) => (id === 'absent' ? undefined : { path: `/${kind}s/${id}/`, label: `${kind} « ${id} »` }),
  terme: (id) => (id === 'absent' ? undefined : { terme: `terme ${id}`, path: `/glossaire/#${id}` }),
};
const field = (mdx: string) => toTextField(mdx, context);

describe('content MDX as plain Markdown and HTML', () => {
  it('writes glossary terms and kit links as absolute Markdown links', () => {
    expect(field('Un <Terme id="ccas">CCAS</Terme> et <Terme id="cvs" />.').markdown).toBe('Un [CCAS](https://kit.exemple.org/glossaire/#ccas) et [terme cvs](https://kit.exemple.org/glossaire/#cvs).');
    expect(field('Voir <LienFiche id="a" />, <LienOutil id="b" /> et <LienObstacle id="c" />.').markdown).toBe(
      'Voir [fiche « a »](https://kit.exemple.org/fiches/a/), [outil « b »](https://kit.exemple.org/outils/b/) et [obstacle « c »](https://kit.exemple.org/obstacles/c/).',
    );
  });

  it('writes callouts as block quotes that start with their label', () => {
    const { markdown, html } = field('<Exemple titre="Dans un CCAS">\nUne réunion **courte**.\n</Exemple>\n\n<Attention>\nPrudence.\n</Attention>');
    expect(markdown).toBe('> **Exemple : Dans un CCAS**\n>\n> Une réunion **courte**.\n\n> **Attention**\n>\n> Prudence.');
    expect(html).toContain('<blockquote>\n<p><strong>Exemple : Dans un CCAS</strong></p>\n<p>Une réunion <strong>courte</strong>.</p>\n</blockquote>');
  });

  it('keeps the words of allowed inline HTML, and makes site links absolute', () => {
    expect(field('Le <abbr title="centre communal">CCAS</abbr>, H<sub>2</sub>O, [le glossaire](/glossaire/) et [ailleurs](https://exemple.org/a).').markdown).toBe(
      'Le CCAS, H2O, [le glossaire](https://kit.exemple.org/glossaire/) et [ailleurs](https://exemple.org/a).',
    );
  });

  it('leaves no component tag, whatever component is used', () => {
    const all = 'A <Terme id="x">x</Terme> <LienFiche id="f" /> <LienOutil id="o" /> <LienObstacle id="b" />\n\n<Exemple>\nE\n</Exemple>\n\n<Attention>\nA\n</Attention>\n\n<Astuce titre="T">\nT\n</Astuce>';
    const { markdown, html } = field(all);
    for (const name of Object.keys(KIT_COMPONENTS)) {
      expect(markdown).not.toContain(`<${name}`);
      expect(html).not.toContain(`<${name}`);
    }
  });

  it('escapes text that would read as markup, in Markdown and in HTML', () => {
    const { markdown, html } = field('Un signe \\< b \\*pas en italique\\* et 3 \\> 2 & co.');
    expect(html).toBe('<p>Un signe &#x3C; b *pas en italique* et 3 > 2 &#x26; co.</p>');
    expect(markdown).toContain('\\*pas en italique\\*');
    expect(markdown).not.toMatch(/<[a-z]/);
  });

  it('refuses what the registry does not know, and ids that lead nowhere', () => {
    expect(() => field('<Inconnu />')).toThrow(/hors du registre/);
    expect(() => field('<LienFiche id="absent" />')).toThrow(/inconnu/);
    expect(() => field('<Terme id="absent" />')).toThrow(/inconnu/);
    expect(() => field('[piège](javascript:alert(1))')).toThrow(/refusée/);
  });
});

describe('CSV', () => {
  it('quotes what must be quoted and reads back the same', () => {
    const rows = [['a,b', 'il a dit « "oui" »', 'deux\nlignes', 3, null]];
    const text = toCsv(['x', 'y', 'z', 'n', 'vide'], rows);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([['x', 'y', 'z', 'n', 'vide'], ['a,b', 'il a dit « "oui" »', 'deux\nlignes', '3', '']]);
  });

  it('never lets a cell start as a spreadsheet formula', () => {
    expect(csvCell('=HYPERLINK("https://piege.example")')).toBe('"\'=HYPERLINK(""https://piege.example"")"');
    expect(csvCell('+33')).toBe("'+33");
    expect(csvCell(-1)).toBe('-1');
  });
});
