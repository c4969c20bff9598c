/**
 * The films of the kit (content/videos.yaml), on the real content: at least three, each attested
 * by public pages, linked over http(s), described in plain words, and cited from its fiches.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyUrl } from '../../src/lib/url-policy.ts';
import { realKit } from '../helpers/real-kit.ts';

const kit = realKit();

describe('vidéos', () => {
  const leadsElsewhere = (url: string) => {
    const verdict = classifyUrl(url);
    return verdict.ok && verdict.kind === 'external' && /^https?:$/.test(new URL(url).protocol);
  };

  it('are at least three real films, each tied to at least one fiche', () => {
    expect(kit.videos.length).toBeGreaterThanOrEqual(3);
    for (const video of kit.videos) expect(kit.fichesByIds(video.fiches).length, video.id).toBeGreaterThanOrEqual(1);
  });

  it('link each film to the http(s) page that presents it and to the public pages that attest it', () => {
    for (const video of kit.videos) {
      if (video.hebergement === 'kit') {
        // A hosted video plays from the site's own files, with its captions beside it.
        for (const file of [video.fichier, video.sousTitres]) expect(existsSync(join('public', file)), `${video.id} : public${file}`).toBe(true);
        continue;
      }
      expect(leadsElsewhere(video.presentation.url), video.id).toBe(true);
      expect(video.sources.length, video.id).toBeGreaterThanOrEqual(1);
      for (const source of video.sources) expect(leadsElsewhere(source), `${video.id} : ${source}`).toBe(true);
    }
  });

  it('are cited from the fiches they serve: every fiche named by a film shows it under « À voir »', () => {
    const cited = new Set(kit.fiches.flatMap((f) => kit.videosForFiche(f).map((v) => `${f.id}:${v.id}`)));
    const expected = kit.videos.flatMap((v) => v.fiches.map((f) => `${f}:${v.id}`));
    expect([...cited].sort()).toEqual([...expected].sort());
  });
});
