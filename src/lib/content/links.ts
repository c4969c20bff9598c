import { allPagePaths } from '../routes.ts';
import type { RawKit } from '../kit/types.ts';
import type { Problem } from './problems.ts';

const LINK = /(!?)\[([^\]]*)\]\(\s*([^)\s]+)(?:\s+"[^"]*")?\s*\)/g;

/** Markdown links to pages of the kit must lead somewhere; images need a text alternative. */
export function checkInternalLinks(file: string, body: string, bodyLine: number, raw: RawKit): Problem[] {
  const pages = new Set(
    allPagePaths({
      fiches: raw.fiches.map((f) => f.id),
      obstacles: raw.obstacles.map((o) => o.id),
      outils: raw.outils.map((o) => o.id),
      experiences: raw.experiences.map((e) => e.id),
      phases: raw.phases.map((p) => p.id),
    }),
  );
  const problems: Problem[] = [];
  let fence = false;
  body.split(/\r?\n/).forEach((line, index) => {
    if (/^\s{0,3}(`{3,}|~{3,})/.test(line)) fence = !fence;
    if (fence) return;
    for (const [, bang, label, target] of line.matchAll(LINK)) {
      const where = { file, line: bodyLine + index };
      if (bang) {
        if (!label!.trim()) problems.push({ ...where, message: `image « ${target} » sans texte alternatif : écrivez ![description de l'image](${target})` });
        continue;
      }
      if (!target!.startsWith('/')) continue;
      const path = target!.split('#')[0]!.split('?')[0]!;
      const normalized = path.endsWith('/') ? path : `${path}/`;
      if (!pages.has(normalized)) {
        problems.push({ ...where, message: `lien interne « ${target} » vers une page qui n'existe pas (pour une fiche ou un outil, utilisez plutôt <LienFiche id="…" /> ou <LienOutil id="…" />)` });
      }
    }
  });
  return problems;
}
