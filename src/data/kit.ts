/**
 * The one bridge between Astro's content collections and the pure kit model in src/lib.
 * Pages ask for `getKit()` and never call getCollection themselves.
 */
import { getCollection, getEntry, render } from 'astro:content';
import { buildKit, type Kit } from '../lib/kit/model.ts';
import type { MdxEntry, RawKit } from '../lib/content/kit-types.ts';

let kitPromise: Promise<Kit> | undefined;

function mdx<T>(entries: { id: string; data: T; body?: string; filePath?: string }[]): MdxEntry<T>[] {
  return entries.map((entry) => ({ id: entry.id, data: entry.data, body: entry.body ?? '', file: entry.filePath ?? '' }));
}

async function loadKit(): Promise<Kit> {
  const [phases, fiches, obstacles, outils, references, glossaire, experiences, autoevaluations, videos, nouveautes, parcours] = await Promise.all([
    getCollection('phases'),
    getCollection('fiches'),
    getCollection('obstacles'),
    getCollection('outils'),
    getCollection('bibliographie'),
    getCollection('glossaire'),
    getCollection('experiences'),
    getCollection('autoevaluations'),
    getCollection('videos'),
    getCollection('nouveautes'),
    getCollection('parcours'),
  ]);
  const raw: RawKit = {
    phases: phases.map((e) => e.data),
    fiches: mdx(fiches),
    obstacles: obstacles.map((e) => e.data),
    outils: mdx(outils),
    references: references.map((e) => e.data),
    glossaire: glossaire.map((e) => e.data),
    experiences: mdx(experiences),
    autoevaluations: autoevaluations.map((e) => e.data),
    videos: videos.map((e) => e.data),
    nouveautes: nouveautes.map((e) => e.data),
    parcours: parcours.map((e) => e.data),
  };
  return buildKit(raw);
}

export function getKit(): Promise<Kit> {
  kitPromise ??= loadKit();
  return kitPromise;
}

/** The compiled MDX body of an entry, ready to render with the kit's components. */
export async function renderBody(collection: 'fiches' | 'outils' | 'experiences', id: string) {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`Entrée introuvable : ${collection}/${id}`);
  return render(entry);
}
