/**
 * The « Vidéos » section as built: every film described and linked, reachable from the home
 * page, the footer, the outils page and the fiches it serves, and nothing played from elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { routes } from '../../src/lib/routes.ts';
import { hostOf } from '../../src/lib/url-policy.ts';
import { videoUi } from '../../src/ui/strings.ts';
import { DIST, htmlPages, readPage, requireBuild } from '../helpers/dist.ts';
import { attr, parsePage, text, type Element, type Page } from '../helpers/html.ts';
import { embeddedPlayers } from '../helpers/page-checks.ts';
import { realKit } from '../helpers/real-kit.ts';

requireBuild(DIST);
const kit = realKit();
const page = parsePage(readPage(DIST, routes.videos()));
const pageText = text(page.root);
/** The film's own part of the page: its article, found by its anchor. */
function entryOf(id: string) {
  const article = page.select(`article[id="${id}"]`);
  if (!article) throw new Error(`pas d'article #${id} sur la page des vidéos`);
  return article;
}
const hrefsIn = (node: Element) => page.selectAll('a[href]', node).map((a) => attr(a, 'href'));

describe('the « Vidéos » page', () => {
  it('describes every film: title, makers, year and length when known, description, uses, question', () => {
    for (const video of kit.videos) {
      const entry = text(entryOf(video.id));
      expect(entry, video.id).toContain(video.titre);
      for (const name of video.realisation) expect(entry, video.id).toContain(name);
      if (video.annee) expect(entry, video.id).toContain(String(video.annee));
      if (video.duree) expect(entry, video.id).toContain(video.duree);
      expect(entry, video.id).toContain(video.description.replace(/\s+/g, ' '));
      expect(entry, video.id).toContain(video.question);
      if (!video.titreConnu) expect(entry, video.id).toContain(videoUi.descriptiveTitle);
    }
  });

  it("links each film to its publisher's page, saying it leads to another site, and to its sources", () => {
    for (const video of kit.videos) {
      if (video.hebergement !== 'lien') continue;
      const entry = entryOf(video.id);
      const main = page.selectAll('a', entry).find((a) => attr(a, 'href') === video.presentation.url);
      expect(main, video.id).toBeDefined();
      expect(attr(main!, 'rel')?.split(/\s+/)).toContain('noopener');
      expect(text(entry)).toContain(`${videoUi.watchOn(video.presentation.site)} (${videoUi.otherSite})`);
      for (const source of video.sources) expect(hrefsIn(entry), source).toContain(source);
      for (const source of video.sources) expect(text(entry)).toContain(hostOf(source));
    }
  });

  it('links each film to the fiches and obstacles it illustrates', () => {
    for (const video of kit.videos) {
      const hrefs = hrefsIn(entryOf(video.id));
      for (const id of video.fiches) expect(hrefs, video.id).toContain(routes.fiche(id));
      for (const id of video.obstacles) expect(hrefs, video.id).toContain(routes.obstacle(id));
    }
  });

  it('says that nothing is embedded', () => {
    expect(pageText).toContain(videoUi.noEmbed);
  });
});

const citesFilm = (html: Page, id: string) => html.select(`a[href="${routes.video(id)}"]`) !== undefined;

describe('ways to the films', () => {
  it('are linked from the home page, the outils page and the footer of every page', () => {
    const links = (path: string) => {
      const html = parsePage(readPage(DIST, path));
      const inFooter = html.selectAll(`footer a[href="${routes.videos()}"]`);
      return { inFooter, elsewhere: html.selectAll(`a[href="${routes.videos()}"]`).filter((a) => !inFooter.includes(a)) };
    };
    expect(links(routes.home()).elsewhere).not.toEqual([]);
    expect(links(routes.outils()).elsewhere).not.toEqual([]);
    for (const path of htmlPages(DIST)) expect(links(path).inFooter, path).not.toEqual([]);
  });

  it('are cited « À voir » from each fiche and obstacle a film serves, and only from those', () => {
    for (const fiche of kit.fiches) {
      const html = parsePage(readPage(DIST, routes.fiche(fiche.id)));
      const films = kit.videos.filter((v) => v.fiches.includes(fiche.id));
      expect(text(html.root).includes(videoUi.aVoir), fiche.id).toBe(films.length > 0);
      for (const video of kit.videos) expect(citesFilm(html, video.id), `${fiche.id} → ${video.id}`).toBe(films.includes(video));
    }
    for (const obstacle of kit.obstacles) {
      const html = parsePage(readPage(DIST, routes.obstacle(obstacle.id)));
      for (const video of kit.videos) {
        expect(citesFilm(html, video.id), `${obstacle.id} → ${video.id}`).toBe(video.obstacles.includes(obstacle.id));
      }
    }
  });
});

describe('no player from another site', () => {
  it('no page carries an <iframe>, <embed> or <object>, nor a <video>, <source> or <track> from elsewhere', () => {
    const found = htmlPages(DIST).flatMap((path) => embeddedPlayers(readPage(DIST, path)).map((tag) => `${path} : ${tag}`));
    expect(found).toEqual([]);
  });

  it('catches each kind of embedded player (guards the test above)', () => {
    const html = `<main>
      <iframe src="https://www.youtube-nocookie.com/embed/x" title="Film"></iframe>
      <embed src="https://player.example.org/x.swf">
      <object data="/local.pdf"></object>
      <video src="https://cdn.example.org/film.mp4" poster="/affiche.png"><track kind="captions" src="//cdn.example.org/film.vtt"></video>
      <video controls src="/medias/film.mp4"><track kind="captions" src="/medias/film.vtt" srclang="fr"></video>
      <a href="https://www.youtube.com/watch?v=x">Voir le film (autre site)</a>
    </main>`;
    expect(embeddedPlayers(html)).toEqual([
      '<iframe>',
      '<embed>',
      '<object>',
      '<video src="https://cdn.example.org/film.mp4">',
      '<track src="//cdn.example.org/film.vtt">',
    ]);
  });
});
