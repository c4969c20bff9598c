import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { FICHE_RUBRICS } from '../../src/schemas/index.ts';
import { DIST, SUBPATH_DIST, requireBuild } from '../helpers/dist.ts';
import { realKit } from '../helpers/real-kit.ts';

requireBuild(DIST);
const kit = realKit();
const read = (dir: string, file: string) => JSON.parse(readFileSync(join(dir, 'donnees', file), 'utf8'));

describe('open data', () => {
  const data = read(DIST, 'kit.json');
  const schema = read(DIST, 'kit.schema.json');
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);

  it('kit.json validates against kit.schema.json', () => {
    const valid = validate(data);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema rejects a kit.json with a fiche missing its rubrics (guards the test above)', () => {
    const broken = structuredClone(data);
    broken.fiches[0].rubriques.pop();
    expect(validate(broken)).toBe(false);
  });

  it('the schema rejects a linked film without description, presenting page or source (guards the films in kit.json)', () => {
    for (const field of ['description', 'presentation', 'sources']) {
      const broken = structuredClone(data);
      delete broken.videos[0][field];
      expect(validate(broken), field).toBe(false);
    }
  });

  it('holds every item of the kit with its page URL', () => {
    expect(data.fiches.map((f: { id: string }) => f.id)).toEqual(kit.fiches.map((f) => f.id));
    expect(data.obstacles).toHaveLength(kit.obstacles.length);
    expect(data.outils).toHaveLength(kit.outils.length);
    expect(data.references).toHaveLength(kit.references.length);
    expect(data.glossaire).toHaveLength(kit.glossaire.length);
    expect(data.experiences).toHaveLength(kit.experiences.length);
    expect(data.autoevaluations).toHaveLength(kit.selfAssessments.length + kit.quizzes.length);
    expect(data.videos.map((v: { id: string; page: string }) => [v.id, v.page])).toEqual(kit.videos.map((v) => [v.id, `/videos/#${v.id}`]));
    const film = data.videos.find((v: { id: string }) => v.id === 'commune-commune');
    expect(film.presentation).toEqual({ url: 'https://kinow.tenk.fr/tentatives-democratiques/commune-commune.html', site: 'Tënk' });
    const fiche = data.fiches.find((f: { id: string }) => f.id === 'animer-une-reunion');
    expect(fiche.page).toBe('/fiches/animer-une-reunion/');
    expect(fiche.pdf).toBe('/pdf/animer-une-reunion.pdf');
    expect(fiche.rubriques.map((r: { titre: string }) => r.titre)).toEqual([...FICHE_RUBRICS]);
    expect(fiche.rubriques[1].texte.markdown.length).toBeGreaterThan(200);
  });

  it('uses absolute addresses under the sub-path when the site address is known', () => {
    const hosted = read(SUBPATH_DIST, 'kit.json');
    expect(hosted.site).toBe('https://kit.exemple.org/kit-participation/');
    expect(hosted.fiches[0].page).toMatch(/^https:\/\/kit\.exemple\.org\/kit-participation\/fiches\/[a-z0-9-]+\/$/);
  });
});
