import { describe, expect, it } from 'vitest';
import { FICHE_RUBRICS } from '../../src/schemas/index.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { readContentTree } from '../../src/lib/content/read.ts';
import { verifyContent } from '../../src/lib/content/verify.ts';
import { buildKit } from '../../src/lib/kit/model.ts';

const { problems, raw } = verifyContent(readContentTree(process.cwd()));
const kit = buildKit(raw);

describe('the real kit obeys its rules', () => {
  it('has no content problem', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('has the three phases, each with at least one fiche', () => {
    expect(kit.phases.map((p) => p.id)).toEqual(['amont', 'pendant', 'apres']);
    for (const phase of kit.phases) expect(kit.fichesOfPhase(phase.id).length).toBeGreaterThan(0);
  });

  it('numbers fiches uniquely and in phase order', () => {
    const numeros = kit.fiches.map((f) => f.data.numero);
    expect(new Set(numeros).size).toBe(numeros.length);
    const phaseRank = kit.fiches.map((f) => kit.phases.findIndex((p) => p.id === f.data.phase));
    expect(phaseRank).toEqual([...phaseRank].sort((a, b) => a - b));
  });

  it('gives every fiche the four rubrics, in order, each with text', () => {
    for (const fiche of kit.fiches) {
      const rubrics = kit.rubricsOf(fiche);
      expect(rubrics.map((r) => r.title), fiche.id).toEqual([...FICHE_RUBRICS]);
      for (const rubric of rubrics) expect(rubric.content.length, `${fiche.id} › ${rubric.title}`).toBeGreaterThan(100);
    }
  });

  it('resolves every link between collections', () => {
    for (const fiche of kit.fiches) {
      expect(kit.obstaclesOf(fiche)).toHaveLength(fiche.data.obstacles.length);
      expect(kit.outilsOf(fiche)).toHaveLength(fiche.data.outils.length);
      expect(kit.relatedFiches(fiche)).toHaveLength(fiche.data.fichesLiees.length);
      expect(kit.referencesOf(fiche)).toHaveLength(fiche.data.references.length);
    }
    for (const outil of kit.outils) expect(kit.fichesForOutil(outil).length, outil.id).toBeGreaterThan(0);
  });

  it('reaches every fiche from at least one obstacle', () => {
    const reached = new Set(kit.obstacles.flatMap((o) => kit.fichesForObstacle(o).map((f) => f.id)));
    expect(kit.fiches.filter((f) => !reached.has(f.id)).map((f) => f.id)).toEqual([]);
  });

  it('writes content with straight apostrophes and no point médian', () => {
    const offenders = readContentTree(process.cwd())
      .filter((file) => /·|[a-zé]\.e\.s\b/.test(file.text))
      .map((file) => file.path);
    expect(offenders).toEqual([]);
  });
});
