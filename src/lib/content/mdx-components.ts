/**
 * The one list of what content MDX may contain beyond plain markdown: the kit's components and
 * a few harmless HTML tags, each with the attributes it accepts. The first barrier (the
 * verifier), the second barrier (the build's plugins), the MDX `components` map, the kit check
 * and the tests all read this module.
 */
import type { CollectionName } from './kit-types.ts';

export interface AttributeSpec {
  required: boolean;
  /** The collection whose ids this attribute names, checked by the kit check. */
  target?: CollectionName;
}

export interface ComponentSpec {
  attributes: Record<string, AttributeSpec>;
  /** `block`: wraps markdown; `inline`: may wrap a few words; `none`: always self-closing. */
  children: 'block' | 'inline' | 'none';
  /**
   * Renders a link or a button (a glossary term opens its definition): HTML allows nothing
   * interactive inside, so no link and no such component may sit in its words.
   */
  interactive?: true;
}

export const KIT_COMPONENTS = {
  Exemple: { attributes: { titre: { required: false } }, children: 'block' },
  Attention: { attributes: { titre: { required: false } }, children: 'block' },
  Astuce: { attributes: { titre: { required: false } }, children: 'block' },
  LienFiche: { attributes: { id: { required: true, target: 'fiches' } }, children: 'none', interactive: true },
  LienOutil: { attributes: { id: { required: true, target: 'outils' } }, children: 'none', interactive: true },
  LienObstacle: { attributes: { id: { required: true, target: 'obstacles' } }, children: 'none', interactive: true },
  Terme: { attributes: { id: { required: true, target: 'glossaire' } }, children: 'inline', interactive: true },
} as const satisfies Record<string, ComponentSpec>;

export type KitComponentName = keyof typeof KIT_COMPONENTS;

/** Harmless inline HTML; anything else (style, class, href…) could change the page or load something. */
export const ALLOWED_HTML = {
  abbr: { attributes: { title: { required: false } }, children: 'inline' },
  br: { attributes: {}, children: 'none' },
  sub: { attributes: {}, children: 'inline' },
  sup: { attributes: {}, children: 'inline' },
  kbd: { attributes: {}, children: 'inline' },
} as const satisfies Record<string, ComponentSpec>;

export type AllowedHtmlName = keyof typeof ALLOWED_HTML;

/** The spec of a JSX name written in content, or undefined when the name is not allowed. */
export function elementSpec(name: string): ComponentSpec | undefined {
  if (Object.hasOwn(KIT_COMPONENTS, name)) return KIT_COMPONENTS[name as KitComponentName];
  if (Object.hasOwn(ALLOWED_HTML, name)) return ALLOWED_HTML[name as AllowedHtmlName];
  return undefined;
}

export function isKitComponent(name: string): name is KitComponentName {
  return Object.hasOwn(KIT_COMPONENTS, name);
}

/**
 * The HTML elements that markdown and the allowed tags turn into. The build's second barrier
 * refuses any other element in the compiled tree.
 */
export const RENDERED_ELEMENTS: ReadonlySet<string> = new Set([
  ...Object.keys(ALLOWED_HTML),
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'img', 'em', 'strong', 'del', 'code', 'pre', 'blockquote',
  'ul', 'ol', 'li', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'section', 'span',
]);

/** French names for what a contributor meant by a tag we refuse. */
export const INSTEAD: Record<string, string> = {
  img: 'écrivez l\'image en markdown avec sa description : ![description de l\'image](/images/nom.png)',
  a: 'écrivez le lien en markdown : [texte du lien](adresse)',
  p: 'séparez les paragraphes par une ligne vide',
  b: 'écrivez **texte en gras**',
  strong: 'écrivez **texte en gras**',
  i: 'écrivez *texte en italique*',
  em: 'écrivez *texte en italique*',
  ul: 'écrivez une liste avec des lignes qui commencent par « - »',
  ol: 'écrivez une liste numérotée avec « 1. », « 2. »…',
  h1: 'le titre vient du champ « titre » de l\'en-tête',
  h2: 'écrivez « ## Titre »',
  h3: 'écrivez « ### Titre »',
  table: 'écrivez un tableau markdown (| colonne | colonne |)',
};

/** Tags whose name alone says they would run code, load something or change the page. */
export const DANGEROUS_HTML: ReadonlySet<string> = new Set(['script', 'iframe', 'style', 'object', 'embed', 'form', 'input', 'link', 'meta', 'base', 'svg', 'math', 'frame', 'frameset', 'template', 'video', 'audio', 'source', 'portal', 'noscript']);
