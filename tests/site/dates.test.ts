/**
 * Every fiche, outil, obstacle page and expérience says when its content file last changed, as
 * the repository's history says it, and kit.json carries the same date.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_FILES } from '../../src/lib/content/files.ts';
import { formatFrenchDate } from '../../src/lib/content-dates.ts';
import { routes } from '../../src/lib/routes.ts';
import { DIST, readPage, requireBuild } from '../helpers/dist.ts';
import { realKit } from '../helpers/real-kit.ts';

requireBuild(DIST);
const kit = realKit();
const lastCommit = (file: string) => execFileSync('git', ['log', '-1', '--format=%cI', '--', file], { encoding: 'utf8' }).trim() || undefined;
const data = JSON.parse(readFileSync(join(DIST, 'donnees', 'kit.json'), 'utf8'));

const pages = [
  ...kit.fiches.map((f) => ({ path: routes.fiche(f.id), file: f.file, json: data.fiches.find((x: { id: string }) => x.id === f.id) })),
  ...kit.outils.map((o) => ({ path: routes.outil(o.id), file: o.file, json: data.outils.find((x: { id: string }) => x.id === o.id) })),
  ...kit.obstacles.map((o) => ({ path: routes.obstacle(o.id), file: CONTENT_FILES.obstacles, json: data.obstacles.find((x: { id: string }) => x.id === o.id) })),
  ...kit.experiences.map((e) => ({ path: routes.experience(e.id), file: e.file, json: data.experiences.find((x: { id: string }) => x.id === e.id) })),
];

describe('« Mis à jour le »', () => {
  it.each(pages)('$path shows the date of the last commit of $file, and kit.json the same', ({ path, file, json }) => {
    const html = readPage(DIST, path);
    const expected = lastCommit(file);
    if (!expected) {
      expect(html).toContain('Date de mise à jour inconnue');
      expect(json.misAJour).toBeNull();
      return;
    }
    const shown = /<p class="updated-on"[^>]*>\s*Mis à jour le <time datetime="([^"]+)"[^>]*>([^<]+)<\/time>/.exec(html);
    expect(shown?.[1]).toBe(expected);
    expect(shown?.[2]).toBe(formatFrenchDate(expected));
    expect(json.misAJour).toBe(expected);
  });
});
