import { describe, expect, it } from 'vitest';
import { parseMdxSource } from '../../src/lib/content/mdx-source.ts';
import { buildExperience, emptyExperience, experienceFromForm, type ExperienceFields } from '../../src/lib/contribution/experience.ts';
import { experienceSchema } from '../../src/schemas/index.ts';
import { extractHeadings } from '../../src/lib/content/headings.ts';
import { readMdx } from '../../src/lib/content/mdx-tree.ts';
import { mdxContentOf } from '../../src/lib/content/mdx-pipeline.ts';
import { mdxToMdast } from 'satteri';

type TextNode = { type: string; value?: string; children?: TextNode[] };
const textOf = (node: TextNode): string => (node.type === 'text' ? node.value ?? '' : (node.children ?? []).map(textOf).join(node.type === 'root' ? '\n\n' : ''));

function filled(overrides: Partial<ExperienceFields> = {}): ExperienceFields {
  const sentence = "Le groupe s'est réuni chaque mois avec l'équipe du centre social, dans une salle proche des transports.";
  return {
    ...emptyExperience(),
    titre: "Préparer ensemble l'ordre du jour : une méthode",
    rubrique: 'regles-co-construction',
    resume: "Un groupe d'habitantes et d'habitants prépare l'ordre du jour avec l'équipe : « chacun peut proposer un point » # sans jargon.",
    dispositif: 'Conseils citoyens (loi du 21 février 2014)',
    echelle: 'locale',
    fiches: ['animer-une-reunion', 'rendre-compte'],
    references: ['loi-2014-173'],
    sections: { contexte: sentence, misEnPlace: `${sentence}\n\n- un premier point ;\n- un second point.`, effets: sentence, vigilance: sentence, plusLoin: '' },
    ...overrides,
  };
}

describe('buildExperience', () => {
  it.each([
    ['an expression', 'Le total vaut {1 + 1} personnes, ce qui ressemble à une expression JavaScript.'],
    ['a script', 'Une phrase assez longue pour passer le minimum, puis <script>alert(1)</script>.'],
    ['an import', "import x from 'y'\n\nUne phrase assez longue pour passer le minimum de caractères."],
    ['a stray « < »', 'Moins de <3 personnes sont venues, et \\{ une barre oblique inverse.'],
  ])('writes %s literally: the file passes the verifier and shows the text as typed', (_case, contexte) => {
    const result = buildExperience(filled({ sections: { ...filled().sections, contexte } }));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(readMdx(result.file.text).findings).toEqual([]);
    const shown = textOf(mdxToMdast(mdxContentOf(result.file.text)));
    for (const paragraph of contexte.split('\n\n')) expect(shown).toContain(paragraph);
  });

  it('produces a file whose header the kit schema accepts, with the five parts in order', () => {
    const result = buildExperience(filled(), ['une-autre']);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.file).toMatchObject({ id: 'preparer-ensemble-l-ordre-du-jour-une-methode', path: 'content/experiences/preparer-ensemble-l-ordre-du-jour-une-methode.mdx', fileName: 'preparer-ensemble-l-ordre-du-jour-une-methode.mdx' });
    const mdx = parseMdxSource(result.file.text);
    expect(mdx.frontmatter.errors).toEqual([]);
    const data = experienceSchema.parse(mdx.frontmatter.data);
    expect(data.titre).toBe("Préparer ensemble l'ordre du jour : une méthode");
    expect(data.resume).toBe(filled().resume);
    expect(data.fiches).toEqual(['animer-une-reunion', 'rendre-compte']);
    expect(extractHeadings(mdx.body).map((h) => h.text)).toEqual(['Le contexte', 'Ce qui a été mis en place', 'Ce que cela change', 'Points de vigilance', 'Pour aller plus loin']);
  });

  it('links the chosen fiches under « Pour aller plus loin », after the text typed there', () => {
    const result = buildExperience(filled({ sections: { ...filled().sections, plusLoin: 'Relire aussi le guide.' } }));
    if (!result.ok) throw new Error('invalide');
    expect(result.file.text.endsWith('## Pour aller plus loin\n\nRelire aussi le guide.\n\n- <LienFiche id="animer-une-reunion" />\n- <LienFiche id="rendre-compte" />\n')).toBe(true);
  });

  it('tidies line ends and blank lines typed in a textarea', () => {
    const result = buildExperience(filled({ sections: { ...filled().sections, contexte: '  Une première phrase assez longue pour compter comme un vrai paragraphe.   \r\n\r\n\r\n\r\nSuite.  ' } }));
    if (!result.ok) throw new Error('invalide');
    expect(result.file.text).toContain('## Le contexte\n\nUne première phrase assez longue pour compter comme un vrai paragraphe.\n\nSuite.\n');
  });

  it('reports every missing field at once, in the order of the form, in French', () => {
    const result = buildExperience(emptyExperience());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { field: 'titre', message: 'ce champ est obligatoire' },
      { field: 'rubrique', message: 'choisissez la rubrique qui correspond le mieux à cette expérience' },
      { field: 'resume', message: 'ce champ est obligatoire' },
      { field: 'dispositif', message: 'ce champ est obligatoire' },
      { field: 'echelle', message: "choisissez l'échelle de l'expérience" },
      { field: 'fiches', message: 'cochez au moins une fiche du kit que cette expérience illustre' },
      { field: 'references', message: 'cochez au moins une source réelle de la bibliographie' },
      { field: 'contexte', message: 'cette partie est obligatoire' },
      { field: 'misEnPlace', message: 'cette partie est obligatoire' },
      { field: 'effets', message: 'cette partie est obligatoire' },
      { field: 'vigilance', message: 'cette partie est obligatoire' },
    ]);
  });

  it('uses the schema messages for text that is too short', () => {
    const result = buildExperience(filled({ resume: 'Trop court.' }));
    expect(result.ok ? [] : result.errors).toEqual([{ field: 'resume', message: 'le résumé est trop court : au moins 40 caractères attendus' }]);
  });

  it('refuses a title already used by another experience', () => {
    const result = buildExperience(filled(), ['preparer-ensemble-l-ordre-du-jour-une-methode']);
    expect(result.ok ? [] : result.errors).toEqual([{ field: 'titre', message: "un retour d'expérience porte déjà ce titre (« preparer-ensemble-l-ordre-du-jour-une-methode ») : précisez-le" }]);
  });

  it.each([
    ['a level-2 heading', '## Un autre titre\n\nUne phrase assez longue pour passer le minimum de caractères.', /les titres « # » et « ## »/],
    ['the template mark', 'À REMPLIR : une phrase assez longue pour passer le minimum de caractères.', /remplacez « À REMPLIR »/],
  ])('refuses %s in a part of the story, with the message of the verifier', (_case, contexte, message) => {
    const result = buildExperience(filled({ sections: { ...filled().sections, contexte } }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]!.field).toBe('contexte');
      expect(result.errors[0]!.message).toMatch(message);
    }
  });
});

describe('experienceFromForm', () => {
  /** A FormData as the browser builds it from the form's named controls. */
  const formData = (entries: [string, string][]) => {
    const data = new FormData();
    for (const [name, value] of entries) data.append(name, value);
    return data;
  };

  it('reads back what the controls hold, every box of a list and every part of the story', () => {
    const fields = experienceFromForm(
      formData([
        ['titre', 'Un comité'],
        ['rubrique', 'dynamique-collective'],
        ['echelle-r1', 'locale'],
        ['fiches', 'animer-une-reunion'],
        ['fiches', 'rendre-compte'],
        ['contexte', 'Au départ'],
      ]),
      'echelle-r1',
    );
    expect(fields).toEqual({
      ...emptyExperience(),
      titre: 'Un comité',
      rubrique: 'dynamique-collective',
      echelle: 'locale',
      fiches: ['animer-une-reunion', 'rendre-compte'],
      sections: { ...emptyExperience().sections, contexte: 'Au départ' },
    });
  });

  it('gives the empty form for an empty form, and ignores a file where text was expected', () => {
    expect(experienceFromForm(formData([]), 'echelle')).toEqual(emptyExperience());
    const data = new FormData();
    data.append('titre', new Blob(['x']), 'x.txt');
    expect(experienceFromForm(data, 'echelle').titre).toBe('');
  });
});
