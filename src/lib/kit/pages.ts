import { allPagePaths } from '../routes.ts';
import type { Kit } from './model.ts';

/** Every HTML page the site builds for this kit (the 404 page aside). */
export function kitPagePaths(kit: Kit): string[] {
  return allPagePaths({
    fiches: kit.fiches.map((f) => f.id),
    obstacles: kit.obstacles.map((o) => o.id),
    outils: kit.outils.map((o) => o.id),
    experiences: kit.experiences.map((e) => e.id),
    phases: kit.phases.map((p) => p.id),
    questionnaires: [...kit.selfAssessments, ...kit.quizzes].map((q) => q.id),
    parcours: kit.parcours.map((p) => p.id),
  });
}
