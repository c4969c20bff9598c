import { allPagePaths } from '../routes.ts';
import type { RawKit } from '../kit/types.ts';
import type { Problem } from './problems.ts';

/** `[texte](adresse "titre")`; the address may hold balanced parentheses, as CommonMark allows. */
const LINK = /(!?)\[([^\]]*)\]\(\s*(<[^>]*>|(?:[^()\s]|\([^()\s]*\))+)(?:\s+"[^"]*")?\s*\)/g;
/** `[étiquette]: /fiches/x/`, a link defined once and used by its label. */
const DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?/;

/** Addresses a link may open; anything else (javascript:, data:, file:…) could run code or leak. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/** The destination as markdown will read it: character references and backslash escapes undone. */
function readDestination(target: string): string {
  return target
    .replace(/^<|>$/g, '')
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&(colon|tab|newline);/gi, (_, name: string) => ({ colon: ':', tab: '\t', newline: '\n' })[name.toLowerCase()]!)
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/[\u0000-\u0020]/g, '');
}

/** Markdown links to pages of the kit must lead somewhere; images need a text alternative. */
export function checkInternalLinks(file: string, body: string, bodyLine: number, raw: RawKit): Problem[] {
  const pages = new Set(
    allPagePaths({
      fiches: raw.fiches.map((f) => f.id),
      obstacles: raw.obstacles.map((o) => o.id),
      outils: raw.outils.map((o) => o.id),
      experiences: raw.experiences.map((e) => e.id),
      phases: raw.phases.map((p) => p.id),
      questionnaires: raw.autoevaluations.map((q) => q.id),
    }),
  );
  const problems: Problem[] = [];
  let fence = false;
  body.split(/\r?\n/).forEach((line, index) => {
    if (/^\s{0,3}(`{3,}|~{3,})/.test(line)) fence = !fence;
    if (fence) return;
    const definition = line.match(DEFINITION);
    const links = [...line.matchAll(LINK)].map(([, bang, label, target]) => ({ image: bang === '!', label: label!, target: target! }));
    if (definition) links.push({ image: false, label: 'définition', target: definition[1]! });
    for (const { image, label, target } of links) {
      const where = { file, line: bodyLine + index };
      const scheme = readDestination(target).match(/^([a-z][a-z0-9+.-]*):/i)?.[1]?.toLowerCase();
      if (scheme && (image ? !/^https?$/.test(scheme) : !SAFE_SCHEMES.has(scheme))) {
        problems.push({ ...where, message: `adresse « ${target} » refusée : un lien commence par https://, http://, mailto: ou /, une image est un fichier du site (/images/…)` });
        continue;
      }
      if (image) {
        if (!label.trim()) problems.push({ ...where, message: `image « ${target} » sans texte alternatif : écrivez ![description de l'image](${target})` });
        if (/^(https?:)?\/\//i.test(target)) {
          problems.push({ ...where, message: `image « ${target} » chargée depuis un autre site : le kit ne fait aucune requête ailleurs ; déposez l'image dans public/images/ et écrivez ![description](/images/nom-du-fichier.png)` });
        }
        continue;
      }
      if (!target.startsWith('/') || target.startsWith('//')) continue;
      const path = target.split('#')[0]!.split('?')[0]!;
      const normalized = path.endsWith('/') ? path : `${path}/`;
      if (!pages.has(normalized)) {
        problems.push({ ...where, message: `lien interne « ${target} » vers une page qui n'existe pas (pour une fiche ou un outil, utilisez plutôt <LienFiche id="…" /> ou <LienOutil id="…" />)` });
      }
    }
  });
  return problems;
}
