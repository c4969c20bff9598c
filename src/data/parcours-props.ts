/**
 * A parcours' steps as its island shows them: each step's one target resolved to a title and an
 * address (with the site's base), and the phase whose colour the card wears.
 */
import type { ParcoursStepProp } from '../islands/types.ts';
import type { Kit } from '../lib/kit/model.ts';
import type { Parcours } from '../schemas/index.ts';
import { parcoursTarget } from '../lib/kit/parcours-targets.ts';
import { phaseLabel } from '../ui/phase-label.ts';
import { href } from './href.ts';

export function parcoursStepProps(kit: Kit, parcours: Parcours): ParcoursStepProp[] {
  return parcours.etapes.map((step) => {
    const phase = kit.phaseOfStep(step);
    const { path, ...target } = parcoursTarget(kit, step);
    return {
      id: step.id,
      titre: step.titre,
      pourquoi: step.pourquoi,
      retenir: step.retenir,
      phase: phase ? { id: phase.id, label: phaseLabel(phase) } : undefined,
      target: { ...target, href: href(path) },
    };
  });
}
