/**
 * The one rule for addresses written by contributors: which ones a link or an image may carry.
 * The verifier, the build's second barrier and the link components all ask this module, and it
 * reads an address with the WHATWG URL parser, the one browsers use, so that no spelling
 * (tabs inside `javascript:`, `\\host`, entities already decoded by the markdown parser) reads
 * one way here and another way in a reader's browser.
 */

/** Where an accepted address leads. */
export type UrlKind = 'site' | 'anchor' | 'external' | 'mailto';

export type UrlVerdict =
  | { ok: true; kind: UrlKind; /** For `site`: the path, without query or fragment. */ path?: string }
  | { ok: false; reason: string };

/** A host that cannot exist, to tell a relative address from one that leaves the site. */
const SENTINEL = 'https://kit.invalid/';
const SENTINEL_HOST = 'kit.invalid';

export const URL_RULE = 'un lien commence par https://, http://, mailto:, « / » (une page du kit) ou « # » (un titre de la page)';

export function classifyUrl(raw: string): UrlVerdict {
  if (raw.trim() === '') return { ok: false, reason: 'adresse vide' };
  let absolute: URL | undefined;
  try {
    absolute = URL.canParse(raw) ? new URL(raw) : undefined;
  } catch {
    absolute = undefined;
  }
  if (absolute) {
    if (absolute.protocol === 'mailto:') return { ok: true, kind: 'mailto' };
    if (absolute.protocol !== 'https:' && absolute.protocol !== 'http:') {
      return { ok: false, reason: `le protocole « ${absolute.protocol} » n'est pas accepté` };
    }
    if (absolute.username || absolute.password) return { ok: false, reason: 'une adresse ne contient ni identifiant ni mot de passe' };
    return { ok: true, kind: 'external' };
  }
  let resolved: URL;
  try {
    resolved = new URL(raw, SENTINEL);
  } catch {
    return { ok: false, reason: 'adresse illisible' };
  }
  if (resolved.host !== SENTINEL_HOST) {
    // `//autre.site/x` or `\\autre.site\x`: a browser reads both as another site.
    return { ok: false, reason: 'adresse sans protocole qui mène vers un autre site : écrivez-la en entier, avec https://' };
  }
  const first = raw.trimStart()[0];
  if (first === '#') return { ok: true, kind: 'anchor' };
  if (first === '/' && raw.trimStart()[1] !== '/' && raw.trimStart()[1] !== '\\') return { ok: true, kind: 'site', path: resolved.pathname };
  return { ok: false, reason: 'adresse relative : une page du kit s\'écrit depuis la racine, par exemple /fiches/animer-une-reunion/' };
}

/** Images come from the site itself: the kit makes no request to another site. */
export function classifyImageUrl(raw: string): UrlVerdict {
  return classifySiteFile(raw, '/images/', [], 'une image est un fichier du site, déposé dans public/images/ et écrit /images/nom-du-fichier.png');
}

/** A video the kit hosts, and its captions, are files of the site too: never another site's player. */
export function classifyMediaUrl(raw: string, extensions: readonly string[]): UrlVerdict {
  const example = `/medias/nom-du-fichier.${extensions[0] ?? 'mp4'}`;
  const accepted = extensions.map((e) => `.${e}`).join(', ');
  return classifySiteFile(raw, '/medias/', extensions, `un fichier hébergé par le kit est déposé dans public/medias/ et s'écrit ${example} (extension ${accepted})`);
}

function classifySiteFile(raw: string, folder: string, extensions: readonly string[], reason: string): UrlVerdict {
  const verdict = classifyUrl(raw);
  if (!verdict.ok) return verdict;
  const path = verdict.kind === 'site' ? verdict.path! : '';
  const extensionOk = extensions.length === 0 || extensions.some((e) => path.toLowerCase().endsWith(`.${e}`));
  if (!path.startsWith(folder) || !extensionOk) return { ok: false, reason };
  return verdict;
}

/** The site an outside address leads to, as a reader recognises it: `www.allocine.fr` → `allocine.fr`. */
export function hostOf(raw: string): string {
  return new URL(raw).hostname.replace(/^www\./, '');
}
