/**
 * What the pages hand to the islands, built from the kit: only the fields each island needs,
 * with URLs already carrying Astro's base (islands never build URLs themselves).
 */
import type { SelfAssessmentProp, FicheLink } from '../islands/types.ts';
import type { Kit } from '../lib/kit/model.ts';
import { routes } from '../lib/routes.ts';
import type { SelfAssessment } from '../schemas/index.ts';
import { href } from './href.ts';

export function ficheLinks(kit: Kit): Record<string, FicheLink> {
  return Object.fromEntries(kit.fiches.map((f) => [f.id, { numero: f.data.numero, titre: f.data.titre, href: href(routes.fiche(f.id)) }]));
}

export function ficheOrder(kit: Kit): string[] {
  return kit.fiches.map((f) => f.id);
}

export function selfAssessmentProp(kit: Kit, questionnaire: SelfAssessment): SelfAssessmentProp {
  const phase = kit.phase(questionnaire.phase)!;
  return {
    id: questionnaire.id,
    phase: phase.id,
    titre: questionnaire.titre,
    phaseTitre: phase.titre,
    href: href(routes.questionnaire(questionnaire.id)),
    questions: questionnaire.questions.map(({ id, texte, aide, fiche }) => (aide ? { id, texte, aide, fiche } : { id, texte, fiche })),
    bands: questionnaire.niveaux.map(({ id, min, max, titre, description, fiches }) => ({ id, min, max, titre, description, fiches })),
  };
}
