/**
 * A parcours' steps as its island shows them: each step's one target resolved to a title and an
 * address (with the site's base), and the phase whose colour the card wears.
 */
import type { ParcoursStepProp } from '../islands/types.ts';
import type { Kit } from '../lib/kit/model.ts';
import { routes } from '../lib/routes.ts';
import { FICHE_RUBRICS, FICHE_RUBRIC_KEYS, type Parcours, type ParcoursStep } from '../schemas/index.ts';
import { phaseLabel } from '../ui/phase-label.ts';
import { href } from './href.ts';
import { checklistItemAnchor, rubricAnchor } from '../lib/fiche-anchors.ts';

function targetOf(kit: Kit, step: ParcoursStep): ParcoursStepProp['target'] {
  if (step.fiche !== undefined) {
    const fiche = kit.ficheNamed(step.fiche);
    const label = `${fiche.data.numero}. ${fiche.data.titre}`;
    if (step.rubrique !== undefined) {
      const title = FICHE_RUBRICS[FICHE_RUBRIC_KEYS.indexOf(step.rubrique)]!;
      return { kind: 'fiche', href: href(`${routes.fiche(fiche.id)}#${rubricAnchor(title)}`), label, detail: `rubrique « ${title} »` };
    }
    if (step.element !== undefined) {
      const item = [...fiche.data.facteursCles.map((i) => ({ ...i, list: 'facteurs' as const })), ...(fiche.data.etapes ?? []).map((i) => ({ ...i, list: 'etapes' as const }))].find((i) => i.id === step.element);
      if (item) return { kind: 'fiche', href: href(`${routes.fiche(fiche.id)}#${checklistItemAnchor(item.list, fiche.id, item.id)}`), label, detail: `point de la liste de contrôle : « ${item.texte} »` };
    }
    return { kind: 'fiche', href: href(routes.fiche(fiche.id)), label };
  }
  if (step.outil !== undefined) {
    const outil = required(kit.outil(step.outil), step.outil);
    return { kind: 'outil', href: href(routes.outil(outil.id)), label: outil.data.titre };
  }
  if (step.obstacle !== undefined) {
    const obstacle = required(kit.obstacle(step.obstacle), step.obstacle);
    return { kind: 'obstacle', href: href(routes.obstacle(obstacle.id)), label: obstacle.libelle };
  }
  const questionnaire = required(kit.questionnaire(step.questionnaire ?? ''), step.questionnaire ?? '');
  return { kind: 'questionnaire', href: href(routes.questionnaire(questionnaire.id)), label: questionnaire.titre };
}

function required<T>(value: T | undefined, id: string): T {
  if (value === undefined) throw new Error(`« ${id} » introuvable dans le kit, alors que le contrôle du kit l'a vérifié : c'est une erreur du site`);
  return value;
}

export function parcoursStepProps(kit: Kit, parcours: Parcours): ParcoursStepProp[] {
  return parcours.etapes.map((step) => {
    const phase = kit.phaseOfStep(step);
    return {
      id: step.id,
      titre: step.titre,
      pourquoi: step.pourquoi,
      retenir: step.retenir,
      phase: phase ? { id: phase.id, label: phaseLabel(phase) } : undefined,
      target: targetOf(kit, step),
    };
  });
}
