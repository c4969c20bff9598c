import { stems } from './synonyms.ts';
import { isStopWord, rawWords } from './words.ts';

export interface ObstacleHint {
  url: string;
  libelle: string;
  formulations: string[];
}

/** What the search page offers when a query finds nothing (links already under the site's base). */
export interface SearchHints {
  obstacles: ObstacleHint[];
  obstaclesUrl: string;
  glossaireUrl: string;
}

/**
 * The obstacles whose label or formulations share the most significant words with the query,
 * best first, for a query that found nothing.
 */
export function closestObstacles(query: string, obstacles: ObstacleHint[], max = 3): ObstacleHint[] {
  const wanted = new Set(rawWords(query).filter((w) => !isStopWord(w)).flatMap(stems));
  if (!wanted.size) return [];
  return obstacles
    .map((obstacle, order) => {
      const own = new Set([obstacle.libelle, ...obstacle.formulations].flatMap((text) => rawWords(text).filter((w) => !isStopWord(w)).flatMap(stems)));
      return { obstacle, order, shared: [...wanted].filter((s) => own.has(s)).length };
    })
    .filter((o) => o.shared > 0)
    .sort((a, b) => b.shared - a.shared || a.order - b.order)
    .slice(0, max)
    .map((o) => o.obstacle);
}
