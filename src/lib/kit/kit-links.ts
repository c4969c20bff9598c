/**
 * What a link written with <LienFiche>, <LienOutil> or <LienObstacle> says and where it leads, and
 * the label of a callout: the site's components and the open data's Markdown both use these, so
 * kit.json reads as the page does.
 */
import type { Kit } from './model.ts';
import { routes } from '../routes.ts';

export type KitLinkKind = 'fiche' | 'outil' | 'obstacle';

export function kitLinkTarget(kit: Kit, kind: KitLinkKind, id: string): { path: string; label: string } | undefined {
  if (kind === 'fiche') {
    const fiche = kit.fiche(id);
    return fiche && { path: routes.fiche(id), label: `fiche ${fiche.data.numero} « ${fiche.data.titre} »` };
  }
  if (kind === 'outil') {
    const outil = kit.outil(id);
    return outil && { path: routes.outil(id), label: `« ${outil.data.titre} »` };
  }
  const obstacle = kit.obstacle(id);
  return obstacle && { path: routes.obstacle(id), label: `« ${obstacle.libelle} »` };
}

export type CalloutKind = 'exemple' | 'attention' | 'astuce';

const CALLOUT_LABELS: Record<CalloutKind, string> = { exemple: 'Exemple', attention: 'Attention', astuce: 'Astuce' };

/** « Exemple », or « Exemple : Dans un CCAS » with a title. */
export function calloutLabel(kind: CalloutKind, titre?: string): string {
  return titre ? `${CALLOUT_LABELS[kind]} : ${titre}` : CALLOUT_LABELS[kind];
}
