/** How the kit names a phase everywhere (badges, titles, menus, PDFs): « En amont — Préparer la démarche ». */
export function phaseLabel(phase: { titre: string; action: string }): string {
  return `${phase.titre} — ${phase.action}`;
}
