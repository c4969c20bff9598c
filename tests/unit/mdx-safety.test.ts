import { describe, expect, it } from 'vitest';
import { scanMdx } from '../../src/lib/content/mdx-safety.ts';

const messages = (body: string) => scanMdx(body).findings.map((f) => `${f.line}: ${f.message}`);

describe('scanMdx', () => {
  it('accepts markdown and the kit components', () => {
    const body = 'Un texte avec <LienFiche id="rendre-compte" /> et <Terme id="falc">FALC</Terme>.\n\n<Exemple titre="Un CCAS">\n\nTexte.\n\n</Exemple>';
    const result = scanMdx(body);
    expect(result.findings).toEqual([]);
    expect(result.components.map((c) => `${c.name}:${c.attributes.id ?? c.attributes.titre}`)).toEqual(['LienFiche:rendre-compte', 'Terme:falc', 'Exemple:Un CCAS']);
  });
  it('ignores what is inside code', () => {
    expect(messages('Écrire `{x}` ou `<script>` est montré.\n\n```\nimport x from "y"\n{danger}\n```')).toEqual([]);
  });
  it('refuses import and export lines', () => {
    expect(messages('import X from "./x.js"\nexport const y = 1')).toEqual([
      expect.stringMatching(/^1: « import » est interdit/),
      expect.stringMatching(/^2: « export » est interdit/),
    ]);
  });
  it('refuses expressions, even inside attributes', () => {
    expect(messages('Total : {2 + 2}')).toEqual([expect.stringMatching(/^1: les accolades/)]);
    expect(messages('<LienFiche id={danger()} />')[0]).toMatch(/accolades/);
  });
  it('refuses script, iframe, style and unknown tags', () => {
    expect(messages('<script>alert(1)</script>')[0]).toMatch(/<script> est interdite/);
    expect(messages('<iframe src="https://x"></iframe>')[0]).toMatch(/<iframe> est interdite/);
    expect(messages('<div class="x">texte</div>')[0]).toMatch(/balise <div> non autorisée/);
    expect(messages('<Danger />')[0]).toMatch(/balise <Danger> non autorisée/);
  });
  it('refuses event handlers and unquoted attributes', () => {
    expect(messages('<Exemple onMouseOver="x()">\n\nt\n\n</Exemple>')[0]).toMatch(/« onMouseOver » \(gestionnaire d'événement\)/);
    expect(messages('<LienOutil id=charte-locale />')[0]).toMatch(/entre guillemets/);
  });
  it('checks required and unknown attributes of kit components', () => {
    expect(messages('<LienOutil />')[0]).toMatch(/doit avoir l'attribut id/);
    expect(messages('<LienOutil id="a" cible="b" />')[0]).toMatch(/n'accepte pas l'attribut « cible »/);
  });
  it('refuses unclosed and mismatched blocks', () => {
    expect(messages('<Exemple>\n\ntexte')[0]).toMatch(/^1: <Exemple> ouvert ici n'est jamais fermé/);
    expect(messages('</Attention>')[0]).toMatch(/sans ouverture/);
  });
  it('refuses HTML comments and autolinks, which MDX cannot read', () => {
    expect(messages('<!-- note -->')[0]).toMatch(/commentaires HTML/);
    expect(messages('Voir <https://exemple.org>.')[0]).toMatch(/\[texte du lien\]\(adresse\)/);
  });
  it('refuses a line of underscores alone, which markdown turns into a rule', () => {
    expect(messages('________')[0]).toMatch(/trait de séparation/);
    expect(messages('1. ________')[0]).toMatch(/trait de séparation/);
    expect(messages('Réponse : ________')).toEqual([]);
    expect(messages('\\________')).toEqual([]);
  });
  it('reads a tag written over several lines, and names the line of the event handler', () => {
    expect(messages('Texte.\n\n<Exemple\n  titre="Un CCAS"\n  onClick="voler()">\n\nt\n\n</Exemple>')).toEqual([
      "5: l'attribut « onClick » (gestionnaire d'événement) est interdit",
    ]);
    expect(messages('<img\n  src="x.png"\n  onerror="alert(1)" />')[0]).toMatch(/^1: balise <img> non autorisée : écrivez l'image en markdown/);
    expect(messages('<iframe\n  src="https://x">\n</iframe>')).toEqual(['1: la balise <iframe> est interdite dans le contenu du kit']);
  });
  it('allows a short list of HTML tags, each with its own attributes, written as MDX needs them', () => {
    expect(messages('Le <abbr title="centre communal d\'action sociale">CCAS</abbr>, H<sub>2</sub>O, 1<sup>er</sup>, <kbd>Ctrl</kbd><br />')).toEqual([]);
    expect(messages('<sup style="color: red">1</sup>')).toEqual(["1: l'attribut « style » n'est pas accepté sur <sup> : cette balise n'accepte aucun attribut"]);
    expect(messages('<abbr class="x" title="y">A</abbr>')).toEqual(["1: l'attribut « class » n'est pas accepté sur <abbr> : seul « title » est accepté"]);
    expect(messages('Ligne<br>suite')).toEqual(["1: <br> s'écrit fermé sur lui-même en MDX : <br />"]);
    expect(messages('1<sup>er')).toEqual(["1: <sup> ouvert ici n'est jamais fermé (</sup> manquant)"]);
    expect(messages('<a href="https://x">lien</a>')).toEqual(['1: balise <a> non autorisée : écrivez le lien en markdown : [texte du lien](adresse)']);
  });
  it('refuses a « < » that MDX would read as the start of a tag, and accepts it spaced or escaped', () => {
    expect(messages('moins de <3 jours')[0]).toMatch(/^1: le signe « < » collé au texte/);
    expect(messages('une balise <b sans fin')[0]).toMatch(/^1: balise incomplète « <b… »/);
    expect(messages('<>fragment</>')[0]).toMatch(/fragments JSX/);
    expect(messages('si a < b alors \\<3')).toEqual([]);
  });
  it('counts lines from the given first line', () => {
    expect(scanMdx('ok\n{x}', 10).findings[0]!.line).toBe(11);
  });
});
