import { describe, expect, it } from 'vitest';
import { verifyContent } from '../../src/lib/content/verify.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { ficheMdx, GLOSSAIRE_YAML, OBSTACLES_YAML, outilMdx, replaceFile, RUBRICS, validTree, VIDEOS_YAML } from '../helpers/fixtures.ts';

const FICHE = 'content/fiches/01-premiere-fiche.mdx';

function problemsOf(tree = validTree()) {
  return verifyContent(tree, { editorial: false }).problems;
}

describe('verifyContent', () => {
  it('accepts a valid kit and returns its entries', () => {
    const { problems, raw } = verifyContent(validTree(), { editorial: false });
    expect(problems).toEqual([]);
    expect(raw.fiches.map((f) => f.id).sort()).toEqual(['premiere-fiche', 'seconde-fiche']);
    expect(raw.outils).toHaveLength(2);
    expect(raw.videos.map((v) => v.id)).toEqual(['un-film']);
  });

  it('names the file and line of a missing rubric', () => {
    const tree = replaceFile(validTree(), FICHE, ficheMdx({ numero: 1, related: 'seconde-fiche', headings: RUBRICS.slice(0, 3) }));
    const [problem, ...rest] = problemsOf(tree);
    expect(rest).toEqual([]);
    expect(problem!.file).toBe(FICHE);
    expect(problem!.message).toMatch(/quatre rubriques/);
    expect(problem!.message).toContain('« Quels sont les facteurs clés de succès ? »');
  });

  it('detects rubrics out of order at the first misplaced heading', () => {
    const swapped = [RUBRICS[1]!, RUBRICS[0]!, RUBRICS[2]!, RUBRICS[3]!];
    const text = ficheMdx({ numero: 1, related: 'seconde-fiche', headings: swapped });
    const problems = problemsOf(replaceFile(validTree(), FICHE, text));
    expect(problems).toHaveLength(1);
    const line = text.split('\n').findIndex((l) => l === `## ${RUBRICS[1]}`) + 1;
    expect(problems[0]!.line).toBe(line);
  });

  it('accepts non-breaking spaces before the question mark', () => {
    const headings = RUBRICS.map((h) => h.replace(' ?', '\u00a0?'));
    expect(problemsOf(replaceFile(validTree(), FICHE, ficheMdx({ numero: 1, related: 'seconde-fiche', headings })))).toEqual([]);
  });

  it('names an unknown obstacle, outil and reference with their lines', () => {
    const text = ficheMdx({ numero: 1, related: 'seconde-fiche' })
      .replace('obstacles: [jargon]', 'obstacles: [jargonn]')
      .replace('references: [ref-un, ref-deux]', 'references: [ref-un, ref-inconnue]');
    const problems = problemsOf(replaceFile(validTree(), FICHE, text));
    const lines = text.split('\n');
    expect(problems.map(formatProblem)).toEqual(
      expect.arrayContaining([
        `${FICHE}:${lines.findIndex((l) => l.startsWith('obstacles')) + 1} — champ « obstacles[1] » : aucun frein ne porte l'identifiant « jargonn » dans content/obstacles.yaml`,
        `${FICHE}:${lines.findIndex((l) => l.startsWith('references')) + 1} — champ « references[2] » : aucune référence ne porte l'identifiant « ref-inconnue » dans content/bibliographie.yaml`,
      ]),
    );
  });

  it('names an unknown id inside a component of the body', () => {
    const body = ficheMdx({ numero: 1, related: 'seconde-fiche' }).replace('<LienOutil id="outil-un" />', '<LienOutil id="outil-fantome" />');
    const problems = problemsOf(replaceFile(validTree(), FICHE, body));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toBe('<LienOutil id="outil-fantome" /> : aucun outil ne porte cet identifiant dans content/outils');
    expect(problems[0]!.line).toBe(body.split('\n').findIndex((l) => l.includes('outil-fantome')) + 1);
  });

  it('refuses a link or a component inside a glossary term, which a tap already opens', () => {
    const body = ficheMdx({ numero: 1, related: 'seconde-fiche' }).replace(
      '## Comment procéder ?',
      'Lire <Terme id="falc">le *[FALC](https://example.org/falc)*</Terme>, <Terme id="falc">voir <LienFiche id="seconde-fiche" /></Terme> et <Terme id="falc">le FALC</Terme>.\n\n## Comment procéder ?',
    );
    const problems = problemsOf(replaceFile(validTree(), FICHE, body));
    const line = body.split('\n').findIndex((l) => l.startsWith('Lire <Terme')) + 1;
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      `${line}: <Terme> ne peut pas contenir de lien : un appui sur <Terme> l'ouvre déjà. Mettez le lien avant ou après <Terme>…</Terme>`,
      `${line}: <Terme> ne peut pas contenir de <LienFiche> : un appui sur <Terme> l'ouvre déjà. Mettez ce composant avant ou après <Terme>…</Terme>`,
    ]);
  });

  it('refuses two fiches with the same numero', () => {
    const tree = replaceFile(validTree(), 'content/fiches/02-seconde-fiche.mdx', ficheMdx({ numero: 1, related: 'premiere-fiche' }));
    const messages = problemsOf(tree).map((p) => p.message);
    expect(messages.some((m) => /numéro 1 déjà pris/.test(m))).toBe(true);
  });

  it('refuses a numero that contradicts the file name', () => {
    const tree = replaceFile(validTree(), FICHE, ficheMdx({ numero: 3, related: 'seconde-fiche' }));
    expect(problemsOf(tree).map((p) => p.message)).toEqual([expect.stringMatching(/ne correspond pas au préfixe du fichier/)]);
  });

  it('reports a schema error with the field, the line and a French message', () => {
    const text = ficheMdx({ numero: 1, related: 'seconde-fiche' }).replace('phase: amont', 'phase: avant');
    const [problem] = problemsOf(replaceFile(validTree(), FICHE, text));
    expect(problem!.line).toBe(4);
    expect(problem!.message).toMatch(/^champ « phase » : .*(attendu|Option)/i);
    expect(problem!.message).toContain('« avant »');
  });

  it('reports a missing required field', () => {
    const text = ficheMdx({ numero: 1, related: 'seconde-fiche' }).replace(/^titre: .*\n/m, '');
    expect(problemsOf(replaceFile(validTree(), FICHE, text)).map((p) => p.message)).toContain('champ « titre » obligatoire manquant');
  });

  it('reports an unknown field as a probable typo', () => {
    const text = ficheMdx({ numero: 1, related: 'seconde-fiche', extraFrontmatter: 'fichesliees: []\n' });
    const [problem] = problemsOf(replaceFile(validTree(), FICHE, text));
    expect(problem!.message).toMatch(/champ inconnu « fichesliees »/);
    expect(problem!.line).toBe(text.split('\n').indexOf('fichesliees: []') + 1);
  });

  it('reports broken YAML with its line instead of crashing', () => {
    const tree = replaceFile(validTree(), 'content/glossaire.yaml', '- id: falc\n  terme: [FALC\n  definition: x\n');
    const [problem] = problemsOf(tree);
    expect(problem!.file).toBe('content/glossaire.yaml');
    expect(problem!.message).toMatch(/^YAML illisible/);
    expect(problem!.line).toBeGreaterThan(0);
  });

  it('refuses forbidden MDX: import, expression, script, event handler', () => {
    const body = `## Pourquoi cette démarche ?

import Danger from '../danger.js'

Un calcul {1 + 1} ici.

<script>alert(1)</script>

<Exemple titre="x" onClick="alert(1)">

Texte.

</Exemple>

${RUBRICS.slice(1).map((h) => `## ${h}\n\nTexte.\n`).join('\n')}`;
    const text = ficheMdx({ numero: 1, related: 'seconde-fiche', body });
    const messages = problemsOf(replaceFile(validTree(), FICHE, text)).map((p) => `${p.line}: ${p.message}`);
    const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^${lineOf('import Danger')}: « import » est interdit`)),
        expect.stringMatching(new RegExp(`^${lineOf('{1 + 1}')}: les accolades`)),
        expect.stringMatching(new RegExp(`^${lineOf('<script>')}: la balise <script> est interdite`)),
        expect.stringMatching(new RegExp(`^${lineOf('onClick')}: l'attribut « onClick »`)),
      ]),
    );
  });

  it('refuses an outil that points to a missing fiche', () => {
    const tree = replaceFile(validTree(), 'content/outils/outil-un.mdx', outilMdx('fiche-absente'));
    expect(problemsOf(tree).map((p) => p.message)).toEqual([expect.stringContaining('« fiche-absente »')]);
  });

  it('refuses a badly named fiche file and a stray file', () => {
    const tree = [...validTree(), { path: 'content/fiches/troisieme.mdx', text: '' }, { path: 'content/notes.md', text: '' }];
    const messages = problemsOf(tree).map((p) => `${p.file}: ${p.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^content\/fiches\/troisieme\.mdx: fichier de fiche mal nommé/),
      expect.stringMatching(/^content\/notes\.md: extension \.md/),
    ]);
  });

  it('refuses internal links to missing pages and images without alternative text', () => {
    const body = ficheMdx({ numero: 1, related: 'seconde-fiche' }).replace(
      '## Comment procéder ?',
      '## Comment procéder ?\n\nVoir [la page](/fiches/inexistante/) et [le glossaire](/glossaire/). ![](/images/schema.png)\n',
    );
    const messages = problemsOf(replaceFile(validTree(), FICHE, body)).map((p) => p.message);
    expect(messages).toHaveLength(2);
    expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(/lien interne « \/fiches\/inexistante\/ »/), expect.stringMatching(/sans texte alternatif/)]));
  });

  it('names a duplicate obstacle id at the line of the second entry, and where the first one is', () => {
    const yaml = OBSTACLES_YAML + OBSTACLES_YAML.replace('libelle: Jargon et sujets incompris', 'libelle: Un autre libellé du frein');
    const problems = problemsOf(replaceFile(validTree(), 'content/obstacles.yaml', yaml));
    const secondLine = yaml.split('\n').lastIndexOf('- id: jargon') + 1;
    expect(secondLine).toBeGreaterThan(1);
    expect(problems.map(formatProblem)).toEqual([
      `content/obstacles.yaml:${secondLine} — identifiant « jargon » déjà utilisé (content/obstacles.yaml:1) : chaque frein doit avoir son propre identifiant, changez l'un des deux`,
    ]);
  });

  it('names a duplicate glossary term and a fiche id used by two files', () => {
    let tree = replaceFile(validTree(), 'content/glossaire.yaml', GLOSSAIRE_YAML + GLOSSAIRE_YAML);
    tree = [...tree, { path: 'content/fiches/05-premiere-fiche.mdx', text: ficheMdx({ numero: 5, related: 'seconde-fiche' }) }];
    expect(problemsOf(tree).map(formatProblem)).toEqual(
      expect.arrayContaining([
        "content/glossaire.yaml:4 — identifiant « falc » déjà utilisé (content/glossaire.yaml:1) : chaque terme du glossaire doit avoir son propre identifiant, changez l'un des deux",
        "content/fiches/05-premiere-fiche.mdx — identifiant « premiere-fiche » déjà utilisé (content/fiches/01-premiere-fiche.mdx) : chaque fiche doit avoir son propre identifiant, renommez l'un des deux fichiers",
      ]),
    );
  });

  it('reports each « À REMPLIR » line once, without the schema errors it causes', () => {
    const NEW = 'content/fiches/03-nouvelle-fiche.mdx';
    const text = ficheMdx({ numero: 3, related: 'seconde-fiche' })
      .replace(/^titre: .*$/m, 'titre: "À REMPLIR : le titre de la fiche"')
      .replace('obstacles: [jargon]', 'obstacles:\n  - "À REMPLIR : identifiant d\'un frein"')
      .replace('## Comment procéder ?\n', '## Comment procéder ?\n\nÀ REMPLIR : les étapes, numérotées.\n');
    const problems = problemsOf([...validTree(), { path: NEW, text }]);
    const lineOf = (needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    expect(problems.map(formatProblem)).toEqual([
      `${NEW}:${lineOf('le titre de la fiche')} — consigne du modèle à remplacer par votre texte : « À REMPLIR : le titre de la fiche »`,
      `${NEW}:${lineOf("identifiant d'un frein")} — consigne du modèle à remplacer par votre texte : « À REMPLIR : identifiant d'un frein »`,
      `${NEW}:${lineOf('les étapes')} — consigne du modèle à remplacer par votre texte : « À REMPLIR : les étapes, numérotées. »`,
    ]);
  });

  it('accepts a licence file in content/ but still refuses other stray files', () => {
    expect(problemsOf([...validTree(), { path: 'content/LICENSE', text: 'Licence Ouverte' }])).toEqual([]);
    expect(problemsOf([...validTree(), { path: 'content/LICENCE.txt', text: '' }]).map((p) => p.file)).toEqual(['content/LICENCE.txt']);
  });

  it('refuses an image loaded from another site and checks link definitions', () => {
    const body = ficheMdx({ numero: 1, related: 'seconde-fiche' }).replace(
      '## Comment procéder ?',
      '## Comment procéder ?\n\n![Un schéma](https://exemple.org/schema.png)\n\n[la page]: /outils/absent/\n',
    );
    const messages = problemsOf(replaceFile(validTree(), FICHE, body)).map((p) => p.message);
    expect(messages).toEqual([
      expect.stringMatching(/^image « https:\/\/exemple\.org\/schema\.png » refusée : une image est un fichier du site/),
      expect.stringMatching(/^lien interne « \/outils\/absent\/ » vers une page qui n'existe pas/),
    ]);
  });

  it.each(['javascript:alert(1)', 'JavaScript&#58;alert(1)', 'java&#x73;cript:alert(1)', 'javascript\\:alert(1)', '<javascript:alert(1)>', 'data:text/html,x'])(
    'refuses a link to « %s », which would run code in the browser of a reader',
    (target) => {
      const body = ficheMdx({ numero: 1, related: 'seconde-fiche' }).replace('## Comment procéder ?', `## Comment procéder ?\n\n[Cliquer ici](${target})\n`);
      const messages = problemsOf(replaceFile(validTree(), FICHE, body)).map((p) => p.message);
      expect(messages.some((m) => /^adresse « .* » refusée \(.+\) : un lien commence par https:\/\/, http:\/\/, mailto:/.test(m)), messages.join('\n')).toBe(true);
    },
  );

  it('accepts links to https, mailto and pages of the site', () => {
    const body = ficheMdx({ numero: 1, related: 'seconde-fiche' }).replace(
      '## Comment procéder ?',
      '## Comment procéder ?\n\n[Un site](https://exemple.org/page) et [écrire](mailto:equipe@exemple.org) et [le glossaire](/glossaire/).\n',
    );
    expect(problemsOf(replaceFile(validTree(), FICHE, body))).toEqual([]);
  });

  it('reports every problem at once', () => {
    let tree = replaceFile(validTree(), FICHE, ficheMdx({ numero: 1, related: 'seconde-fiche', headings: RUBRICS.slice(0, 2) }));
    tree = replaceFile(tree, 'content/outils/outil-un.mdx', outilMdx('fiche-absente'));
    tree = tree.filter((f) => f.path !== 'content/glossaire.yaml');
    expect(problemsOf(tree).length).toBe(3);
  });

  describe('content/videos.yaml', () => {
    const VIDEOS = 'content/videos.yaml';
    const lineOf = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;

    it('refuses a linked film without description, at the line of its entry', () => {
      const text = VIDEOS_YAML.replace(/  description: >-\n    .*\n/, '');
      expect(text).not.toContain('description');
      expect(problemsOf(replaceFile(validTree(), VIDEOS, text)).map(formatProblem)).toEqual([`${VIDEOS}:1 — champ « description » obligatoire manquant`]);
    });

    it('refuses a hosted video without transcript or captions, in French with file and line', () => {
      const hosted = VIDEOS_YAML.replace('hebergement: lien', 'hebergement: kit')
        .replace(/  presentation:\n.*\n.*\n  sources: .*\n/, '  duree: 4 min\n  fichier: /medias/reunion.mp4\n');
      expect(problemsOf(replaceFile(validTree(), VIDEOS, hosted)).map(formatProblem)).toEqual([
        `${VIDEOS}:1 — champ « sousTitres » obligatoire manquant`,
        `${VIDEOS}:1 — champ « transcription » obligatoire manquant`,
      ]);
    });

    it('names an unknown fiche or obstacle cited by a film, at its line', () => {
      const text = VIDEOS_YAML.replace('fiches: [premiere-fiche]', 'fiches: [fiche-absente]').replace('obstacles: [jargon]', 'obstacles: [jargon, frein-absent]');
      expect(problemsOf(replaceFile(validTree(), VIDEOS, text)).map(formatProblem)).toEqual([
        `${VIDEOS}:${lineOf(text, '  fiches')} — champ « fiches[1] » : aucune fiche ne porte l'identifiant « fiche-absente » dans content/fiches`,
        `${VIDEOS}:${lineOf(text, '  obstacles')} — champ « obstacles[2] » : aucun frein ne porte l'identifiant « frein-absent » dans content/obstacles.yaml`,
      ]);
    });

    it('refuses an address another rule than the kit\'s would let through', () => {
      const text = VIDEOS_YAML.replace('url: https://www.exemple.org/film', 'url: javascript:alert(1)');
      expect(problemsOf(replaceFile(validTree(), VIDEOS, text)).map(formatProblem)).toEqual([
        `${VIDEOS}:${lineOf(text, '    url')} — champ « presentation.url » : le protocole « javascript: » n'est pas accepté (trouvé : « javascript:alert(1) »)`,
      ]);
    });

    it('says which values « hebergement » takes, and what it found', () => {
      const text = VIDEOS_YAML.replace('hebergement: lien', 'hebergement: youtube');
      const [problem, ...rest] = problemsOf(replaceFile(validTree(), VIDEOS, text));
      expect(rest).toEqual([]);
      expect(problem!.line).toBe(2);
      expect(problem!.message).toMatch(/^champ « hebergement » : « lien » .* ou « kit » .* attendu \(trouvé : « youtube »\)$/);
    });

    it('finds two films with the same id', () => {
      const text = `${VIDEOS_YAML}\n${VIDEOS_YAML}`;
      expect(problemsOf(replaceFile(validTree(), VIDEOS, text)).map((p) => p.message)).toEqual([expect.stringMatching(/identifiant « un-film » déjà utilisé \(content\/videos\.yaml:1\)/)]);
    });
  });
});
