/**
 * A kit with N fiches, made from the real one, so that `npm run bench -- --scale N` can watch
 * how the build grows with the number of fiches. Everything but the fiches is the real kit; the
 * fiches are the real ones followed by copies of them, cycle after cycle, each copy with its own
 * id, file name, numero and title. Pure: files in, files out.
 */
import { stringify } from 'yaml';
import { PHASE_IDS, ficheSchema, type FicheData } from '../../schemas/index.ts';
import { parseMdxSource } from '../content/mdx-source.ts';
import type { SourceFile } from '../content/verify.ts';

const FICHE_FILE = /^content\/fiches\/\d+-([^/]+)\.mdx$/;

interface RealFiche {
  id: string;
  data: FicheData;
  /** The frontmatter as written, so that a copy keeps every field the schema does not know yet. */
  frontmatter: Record<string, unknown>;
  body: string;
}

interface Planned {
  source: RealFiche;
  cycle: number;
  id: string;
}

/** Id of the copy of fiche `id` in cycle `cycle` (cycle 0 is the real kit). */
export function copyId(id: string, cycle: number): string {
  return cycle === 0 ? id : `${id}-copie-${cycle}`;
}

/** The highest numero the real schema accepts: beyond it, the copy must widen the rule (see numbering.ts). */
export const MAX_FICHE_NUMERO = ficheSchema.shape.numero.maxValue ?? Number.POSITIVE_INFINITY;

/**
 * The content tree of a kit with `count` fiches. The other collections keep naming the real
 * fiches, which stay in the set; a copy's `fichesLiees` point to the copies of the same cycle
 * when they exist, to the real fiches otherwise. Numeros follow the phases, as in the real kit.
 */
export function syntheticKit(files: SourceFile[], count: number): SourceFile[] {
  const real = files.flatMap((file) => readFiche(file) ?? []).sort((a, b) => a.data.numero - b.data.numero);
  if (!Number.isInteger(count) || count < real.length) {
    throw new Error(`impossible de faire un kit de ${count} fiches : il en faut au moins ${real.length}, celles du kit réel, que les autres contenus citent`);
  }
  const planned: Planned[] = Array.from({ length: count }, (_, index) => {
    const source = real[index % real.length]!;
    const cycle = Math.floor(index / real.length);
    return { source, cycle, id: copyId(source.id, cycle) };
  });
  const ids = new Set(planned.map((fiche) => fiche.id));
  const phaseRank = (fiche: Planned) => PHASE_IDS.indexOf(fiche.source.data.phase);
  planned.sort((a, b) => phaseRank(a) - phaseRank(b) || a.cycle - b.cycle || a.source.data.numero - b.source.data.numero);

  const width = Math.max(2, String(count).length);
  const fiches = planned.map(({ source, cycle, id }, index): SourceFile => {
    const numero = index + 1;
    const fichesLiees = source.data.fichesLiees.map((linked) => (ids.has(copyId(linked, cycle)) ? copyId(linked, cycle) : linked));
    const titre = cycle === 0 ? source.data.titre : `${source.data.titre} (copie ${cycle})`;
    const frontmatter = { ...source.frontmatter, numero, titre, fichesLiees };
    return {
      path: `content/fiches/${String(numero).padStart(width, '0')}-${id}.mdx`,
      text: `---\n${stringify(frontmatter)}---\n${source.body}`,
    };
  });
  return [...files.filter((file) => !FICHE_FILE.test(file.path)), ...fiches];
}

function readFiche(file: SourceFile): RealFiche | undefined {
  const id = file.path.match(FICHE_FILE)?.[1];
  if (!id) return undefined;
  const mdx = parseMdxSource(file.text);
  const parsed = ficheSchema.safeParse(mdx.frontmatter.data);
  // The copies are only as good as their model: a broken real fiche is for `npm run verifier`.
  if (!parsed.success) throw new Error(`${file.path} n'est pas une fiche valide : lancez npm run verifier`);
  return { id, data: parsed.data, frontmatter: mdx.frontmatter.data as Record<string, unknown>, body: mdx.body };
}
