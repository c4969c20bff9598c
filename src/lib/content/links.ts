import { allPagePaths } from '../routes.ts';
import type { RawKit } from './kit-types.ts';
import type { SiteLink } from './mdx-tree.ts';
import type { Problem } from './problems.ts';

/** Links to pages of the kit (read from the parser's tree) must lead to a page that exists. */
export function checkSiteLinks(file: string, links: readonly SiteLink[], raw: RawKit): Problem[] {
  const pages = new Set(
    allPagePaths({
      fiches: raw.fiches.map((f) => f.id),
      obstacles: raw.obstacles.map((o) => o.id),
      outils: raw.outils.map((o) => o.id),
      experiences: raw.experiences.map((e) => e.id),
      phases: raw.phases.map((p) => p.id),
      questionnaires: raw.autoevaluations.map((q) => q.id),
      parcours: raw.parcours.map((p) => p.id),
    }),
  );
  return links
    .filter(({ path }) => !pages.has(path.endsWith('/') ? path : `${path}/`))
    .map(({ url, line }) => ({
      file,
      line,
      message: `lien interne « ${url} » vers une page qui n'existe pas (pour une fiche ou un outil, utilisez plutôt <LienFiche id="…" /> ou <LienOutil id="…" />)`,
    }));
}
