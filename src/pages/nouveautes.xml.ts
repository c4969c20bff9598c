import type { APIRoute } from 'astro';
import { getKit } from '../data/kit.ts';
import { publicUrl } from '../data/site-url.ts';
import { atomFeed } from '../lib/atom-feed.ts';
import { routes } from '../lib/routes.ts';
import { livingUi, ui } from '../ui/strings.ts';

/** The Atom feed of /nouveautes/: absolute links with SITE_URL, root-relative ones without (see src/lib/atom-feed.ts). */
export const GET: APIRoute = async ({ site }) => {
  const kit = await getKit();
  const url = publicUrl(site);
  const feed = atomFeed({
    title: livingUi.nouveautesFeedTitle,
    subtitle: livingUi.nouveautesIntro,
    author: ui.siteName,
    self: url(routes.nouveautesFeed()),
    page: url(routes.nouveautes()),
    entries: kit.nouveautes.map((entry) => ({
      id: entry.id,
      date: entry.date,
      title: entry.titre,
      text: entry.changements,
      link: url(routes.nouveaute(entry.id)),
      related: [
        ...kit.fichesByIds(entry.fiches).map((f) => ({ title: `${ui.fiche} ${f.data.numero}. ${f.data.titre}`, link: url(routes.fiche(f.id)) })),
        ...kit.outilsByIds(entry.outils).map((o) => ({ title: o.data.titre, link: url(routes.outil(o.id)) })),
      ],
    })),
  });
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
