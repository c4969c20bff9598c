/**
 * The web app manifest that makes the kit installable: French names, the project's own SVG as
 * icon, and an address and scope that follow the base the site is hosted under.
 */
import { ui } from '../../ui/strings.ts';
import { withBase } from '../routes.ts';

/** The kit's blue, as in favicon.svg. */
export const THEME_COLOR = '#1a4f9c';

export function webManifest(base: string) {
  const root = withBase(base, '/');
  const scope = root.endsWith('/') ? root : `${root}/`;
  return {
    name: `${ui.siteName} ${ui.siteSubtitle}`,
    short_name: 'Kit participation',
    description: ui.siteDescription,
    lang: 'fr',
    dir: 'ltr',
    start_url: scope,
    scope,
    id: scope,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: THEME_COLOR,
    icons: [
      { src: withBase(base, '/favicon.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      { src: withBase(base, '/icone-masquable.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'maskable' },
    ],
  };
}
