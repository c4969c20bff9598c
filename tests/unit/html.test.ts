/**
 * The HTML helper every test on built pages reads them with: small pages where a regex over the
 * markup would read something other than what a browser builds.
 */
import { describe, expect, it } from 'vitest';
import { attr, attributes, headingsOf, inlineJson, inlineJsonProblems, openingTag, parsePage, rawText, sectionAfter, text, textContent, textOf } from '../helpers/html.ts';

describe('parsePage', () => {
  it('selects by CSS, whatever the order or quoting of the attributes', () => {
    const page = parsePage(`<nav aria-label='Contribuer à cette page' class="edit-links no-print"><a rel=noopener href="/x/?a=1&amp;b=2">Lien</a></nav>`);
    const nav = page.select('nav.edit-links[aria-label="Contribuer à cette page"]');
    expect(nav).toBeDefined();
    const links = page.selectAll('a', nav);
    expect(links.map((a) => [attr(a, 'href'), attr(a, 'rel'), text(a)])).toEqual([['/x/?a=1&b=2', 'noopener', 'Lien']]);
    expect(page.select('nav.absent')).toBeUndefined();
  });

  it('reads a quoted `>` and an entity as part of the value, not as the end of the tag', () => {
    const page = parsePage('<p title="a > b" data-x="&quot;c&quot;">texte</p>');
    const p = page.select('p')!;
    expect(attr(p, 'title')).toBe('a > b');
    expect(attr(p, 'data-x')).toBe('"c"');
    expect(text(p)).toBe('texte');
  });

  it('gives bare attributes as "", absent ones as undefined, and lists, numbers and data- names as written', () => {
    const page = parsePage('<astro-island ssr="" component-url="/_astro/Quiz.a1.js"></astro-island><img class="a  b" width="320" alt=""><button hidden data-enhance="print share">x</button>');
    const island = page.select('astro-island')!;
    expect(attr(island, 'ssr')).toBe('');
    expect(attr(island, 'client')).toBeUndefined();
    expect(attr(island, 'component-url')).toBe('/_astro/Quiz.a1.js');
    const img = page.select('img')!;
    expect(attr(img, 'class')).toBe('a b');
    expect(attr(img, 'width')).toBe('320');
    expect(attr(img, 'height')).toBeUndefined();
    expect(Object.fromEntries(attributes(page.select('button')!))).toEqual({ hidden: '', 'data-enhance': 'print share' });
  });

  it('finds no element written inside a script, a template or a comment', () => {
    const page = parsePage('<script type="text/pagefind-template"><a href="{{ url }}">x</a></script><!-- <a href="/vieux/"> --><template><a href="/t/">t</a></template><a href="/vrai/">v</a>');
    expect(page.selectAll('a[href]').map((a) => attr(a, 'href'))).toEqual(['/vrai/']);
    expect(rawText(page.select('script')!)).toBe('<a href="{{ url }}">x</a>');
  });
});

describe('textOf and headingsOf', () => {
  it('read what a reader sees: entities decoded, no script, style, head or hidden element, one line', () => {
    // Non-breaking spaces count as spaces: the kit's French typography puts them before « : ; ? ! ».
    const html = `<html><head><title>Titre de l'onglet</title><style>p{color:red}</style></head><body>
      <h1>Animer&nbsp;une <em>réunion</em></h1><script>var secret = 1;</script>
      <p hidden>caché</p><p>Les habitantes &amp; les habitants</p></body></html>`;
    expect(textOf(html)).toBe('Animer une réunion Les habitantes & les habitants');
  });

  it('joins inline elements as a browser does, and separates blocks', () => {
    expect(textOf('<p>De <strong>20</strong>%</p><p>fin</p>')).toBe('De 20% fin');
  });

  it('lists the headings of one level, in order, whatever their attributes and inner markup', () => {
    const html = '<h2 id="a" class="x">Premier</h2><h3>Pas celui-ci</h3><section><h2 data-titre="<h2>">Deuxième <a href="#b">titre</a></h2></section>';
    expect(headingsOf(html, 'h2')).toEqual(['Premier', 'Deuxième titre']);
    expect(headingsOf(html, 'h1')).toEqual([]);
  });
});

describe('sectionAfter', () => {
  it('holds what follows a heading up to the next one of its level or higher, not beyond', () => {
    const page = parsePage('<h2>A</h2><h3>Pages</h3><p>intro</p><ul><li><a href="/a/">a</a></li></ul><h4>détail</h4><ul><li>b</li></ul><h3>Suite</h3><ul><li>c</li></ul>');
    const heading = page.selectAll('h3')[0]!;
    expect(sectionAfter(heading).map((element) => element.tagName)).toEqual(['p', 'ul', 'h4', 'ul']);
    expect(sectionAfter(page.select('h2')!)).toHaveLength(7);
    expect(() => sectionAfter(page.select('p')!)).toThrow(/n'est pas un titre/);
  });
});

describe('textContent and openingTag', () => {
  it('keep every character of a <pre>, and rebuild a tag for messages', () => {
    const page = parsePage('<pre><code>---\ntitre: "À&nbsp;REMPLIR"\n</code></pre><script type="module" src="/a.js" async></script>');
    expect(textContent(page.select('code')!)).toBe('---\ntitre: "À\u00a0REMPLIR"\n');
    expect(openingTag(page.select('script')!)).toBe('<script type="module" src="/a.js" async>');
  });
});

describe('inline JSON', () => {
  it('is cut where the parser ends the script, so a hostile value shows as unreadable', () => {
    const hostile = '<script type="application/json" id="v">{"libelle":"</script><script>alert(1)</script>"}</script>';
    expect(inlineJson(hostile)).toEqual(['{"libelle":"']);
    expect(inlineJsonProblems(hostile)).toEqual(['JSON illisible : {"libelle":"']);
  });

  it('reports a raw `<` or `&` the parser would see, and passes JSON escaped for a script', () => {
    expect(inlineJsonProblems('<script type="application/json">{"a":"x < y"}</script>')).toEqual(['caractère « < » non échappé']);
    expect(inlineJsonProblems('<script type="application/json">{"a":"x \\u003c y \\u0026 z"}</script>')).toEqual([]);
    // A script the browser runs is not data: its text is not read as JSON.
    expect(inlineJson('<script type="module">if (a < b) go();</script>')).toEqual([]);
  });
});
