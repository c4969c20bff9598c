/**
 * Instant filtering of /fiches/ by phase and obstacle, with its state in the URL
 * (`/fiches/?phase=pendant&obstacle=jargon`).
 */
export interface FicheFilter {
  phase: string | null;
  obstacle: string | null;
}

export interface FilterableFiche {
  phase: string;
  obstacles: string[];
}

/** Unknown values are ignored, so an old shared link never shows an empty page by mistake. */
export function parseFicheFilter(params: URLSearchParams, phases: string[], obstacles: string[]): FicheFilter {
  const phase = params.get('phase');
  const obstacle = params.get('obstacle');
  return {
    phase: phase && phases.includes(phase) ? phase : null,
    obstacle: obstacle && obstacles.includes(obstacle) ? obstacle : null,
  };
}

export function ficheFilterQuery(filter: FicheFilter): string {
  const params = new URLSearchParams();
  if (filter.phase) params.set('phase', filter.phase);
  if (filter.obstacle) params.set('obstacle', filter.obstacle);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function matchesFilter(fiche: FilterableFiche, filter: FicheFilter): boolean {
  return (!filter.phase || fiche.phase === filter.phase) && (!filter.obstacle || fiche.obstacles.includes(filter.obstacle));
}

/** « 3 fiches sur 12 », or « Aucune fiche ne correspond » — announced to screen readers. */
export function filterSummary(shown: number, total: number): string {
  if (shown === 0) return 'Aucune fiche ne correspond à ces filtres.';
  if (shown === total) return `Les ${total} fiches sont affichées.`;
  return `${shown} ${shown > 1 ? 'fiches affichées' : 'fiche affichée'} sur ${total}.`;
}
