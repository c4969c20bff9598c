/**
 * The real kit numbers its fiches from 1 to 99, with a two-digit file prefix: a deliberate rule
 * for contributors (`npm run nouveau` refuses a hundredth fiche). A scaling copy with more fiches
 * cannot obey it, so its own sources get this one rule widened, and nothing else. Each change
 * names the exact text it replaces: if the rule is rewritten, the bench stops instead of
 * measuring a copy that the verifier would refuse for another reason.
 */
import { MAX_FICHE_NUMERO } from './synthetic-kit.ts';

interface Widening {
  path: string;
  from: string;
  to: (count: number) => string;
}

const WIDENINGS: Widening[] = [
  {
    path: 'src/schemas/fiche.ts',
    from: `numero: z.number().int().min(1).max(${MAX_FICHE_NUMERO})`,
    to: (count) => `numero: z.number().int().min(1).max(${count})`,
  },
  {
    path: 'src/lib/content/verify.ts',
    from: String.raw`const FICHE_FILE = /^content\/fiches\/(\d{2})-`,
    to: () => String.raw`const FICHE_FILE = /^content\/fiches\/(\d{2,})-`,
  },
];

/** Whether a kit of `count` fiches needs the copy's numbering rule widened. */
export function needsWiderNumbering(count: number): boolean {
  return count > MAX_FICHE_NUMERO;
}

/** Repository paths of the sources `widenNumbering` rewrites. */
export const NUMBERING_SOURCES = WIDENINGS.map((widening) => widening.path);

/** The source at `path`, rewritten to accept numeros up to `count` and longer file prefixes. */
export function widenNumbering(path: string, text: string, count: number): string {
  const widening = WIDENINGS.find((w) => w.path === path);
  if (!widening) throw new Error(`${path} ne porte pas la règle de numérotation des fiches`);
  if (!text.includes(widening.from)) {
    throw new Error(`${path} : « ${widening.from} » introuvable ; la règle de numérotation des fiches a changé, adaptez src/lib/bench/numbering.ts`);
  }
  return text.replace(widening.from, widening.to(count));
}
