/**
 * What a link to another entry of the kit says and where it leads (`<LienFiche id="…" />`…):
 * one home for the page's link and the editable documents' link.
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
