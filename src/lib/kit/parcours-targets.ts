/**
 * What a step of a parcours points to, resolved in the kit: its kind, its address (a site path,
 * without base), the title it shows and, for a rubric or a checklist item, which part. The page's
 * island and the editable documents both read steps through this, so they name targets alike.
 */
import type { Kit } from './model.ts';
import { routes } from '../routes.ts';
import { FICHE_RUBRICS, FICHE_RUBRIC_KEYS, type ParcoursStep } from '../../schemas/index.ts';
import { checklistItemAnchor, rubricAnchor } from '../fiche-anchors.ts';

export interface ParcoursTarget {
  kind: 'fiche' | 'outil' | 'obstacle' | 'questionnaire';
  path: string;
  label: string;
  detail?: string;
}

export function parcoursTarget(kit: Kit, step: ParcoursStep): ParcoursTarget {
  if (step.fiche !== undefined) {
    const fiche = kit.ficheNamed(step.fiche);
    const label = `${fiche.data.numero}. ${fiche.data.titre}`;
    if (step.rubrique !== undefined) {
      const title = FICHE_RUBRICS[FICHE_RUBRIC_KEYS.indexOf(step.rubrique)]!;
      return { kind: 'fiche', path: `${routes.fiche(fiche.id)}#${rubricAnchor(title)}`, label, detail: `rubrique « ${title} »` };
    }
    if (step.element !== undefined) {
      const item = [...fiche.data.facteursCles.map((i) => ({ ...i, list: 'facteurs' as const })), ...(fiche.data.etapes ?? []).map((i) => ({ ...i, list: 'etapes' as const }))].find((i) => i.id === step.element);
      if (item) return { kind: 'fiche', path: `${routes.fiche(fiche.id)}#${checklistItemAnchor(item.list, fiche.id, item.id)}`, label, detail: `point de la liste de contrôle : « ${item.texte} »` };
    }
    return { kind: 'fiche', path: routes.fiche(fiche.id), label };
  }
  if (step.outil !== undefined) {
    const outil = required(kit.outil(step.outil), step.outil);
    return { kind: 'outil', path: routes.outil(outil.id), label: outil.data.titre };
  }
  if (step.obstacle !== undefined) {
    const obstacle = required(kit.obstacle(step.obstacle), step.obstacle);
    return { kind: 'obstacle', path: routes.obstacle(obstacle.id), label: obstacle.libelle };
  }
  const questionnaire = required(kit.questionnaire(step.questionnaire ?? ''), step.questionnaire ?? '');
  return { kind: 'questionnaire', path: routes.questionnaire(questionnaire.id), label: questionnaire.titre };
}

function required<T>(value: T | undefined, id: string): T {
  if (value === undefined) throw new Error(`« ${id} » introuvable dans le kit, alors que le contrôle du kit l'a vérifié : c'est une erreur du site`);
  return value;
}
