/**
 * The second barrier: plugins that run inside the build's own MDX compilation and stop it on
 * anything the first barrier (the verifier) should have refused. They are written apart from
 * the verifier's tree walk, on the compiler's visitor hooks and on the HTML tree it produces,
 * so that a gap in one barrier is not a gap in the other.
 */
import { defineHastPlugin, defineMdastPlugin } from 'satteri';
import { classifyImageUrl, classifyUrl } from '../url-policy.ts';
import { ID_PATTERN } from '../../schemas/common.ts';
import { DANGEROUS_HTML, RENDERED_ELEMENTS, elementSpec } from './mdx-components.ts';
import { findInvisibleControls } from './text-safety.ts';

export class ContentRefusedError extends Error {
  constructor(what: string, file: URL | undefined, line: number | undefined) {
    const where = file ? `${decodeURIComponent(file.pathname)}${line ? `:${line}` : ''}` : 'fichier inconnu';
    super(`Contenu refusé par la construction (${where}) : ${what}. Ce fichier aurait dû être refusé par le vérificateur ; lancez npm run verifier.`);
    this.name = 'ContentRefusedError';
  }
}

type Positioned = { position?: { start: { line: number } } | null };
type Context = { fileURL: URL | undefined };

const refuse = (what: string, node: Positioned, ctx: Context): never => {
  throw new ContentRefusedError(what, ctx.fileURL, node.position?.start.line);
};

function checkJsx(node: Positioned & { name?: string | null; attributes?: { type: string; name?: string; value?: unknown }[] }, ctx: Context): void {
  const name = node.name ?? '';
  const spec = name ? elementSpec(name) : undefined;
  if (!spec || DANGEROUS_HTML.has(name.toLowerCase())) refuse(`balise <${name || ''}> non autorisée`, node, ctx);
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string' || !attribute.name || !Object.hasOwn(spec!.attributes, attribute.name)) {
      refuse(`attribut non autorisé sur <${name}>`, node, ctx);
    }
    const rule = spec!.attributes[attribute.name!]!;
    if (rule.target && !ID_PATTERN.test(String(attribute.value))) refuse(`identifiant « ${String(attribute.value)} » sur <${name}>`, node, ctx);
  }
}

export const mdastGuard = defineMdastPlugin({
  name: 'kit:garde-mdast',
  options: { position: true },
  // `layout` in a header makes @astrojs/mdx import that file into the page: code of anyone's choice.
  before: (_root, ctx) => {
    const frontmatter = (ctx.data as { astro?: { frontmatter?: object } }).astro?.frontmatter;
    if (frontmatter && Object.hasOwn(frontmatter, 'layout')) refuse('champ « layout » dans l\'en-tête', {}, ctx);
  },
  mdxjsEsm: (node, ctx) => refuse('import ou export', node, ctx),
  mdxFlowExpression: (node, ctx) => refuse('expression JavaScript', node, ctx),
  mdxTextExpression: (node, ctx) => refuse('expression JavaScript', node, ctx),
  html: (node, ctx) => refuse('HTML brut', node, ctx),
  text: (node, ctx) => {
    if (findInvisibleControls(node.value).length) refuse('caractère invisible de sens d\'écriture', node, ctx);
  },
  mdxJsxFlowElement: (node, ctx) => checkJsx(node, ctx),
  mdxJsxTextElement: (node, ctx) => checkJsx(node, ctx),
  link: (node, ctx) => {
    if (!classifyUrl(node.url).ok) refuse(`adresse « ${node.url} »`, node, ctx);
  },
  definition: (node, ctx) => {
    if (!classifyUrl(node.url).ok) refuse(`adresse « ${node.url} »`, node, ctx);
  },
  image: (node, ctx) => {
    if (!classifyImageUrl(node.url).ok) refuse(`image « ${node.url} »`, node, ctx);
  },
});

/** Attributes of a rendered element that make the browser fetch or navigate. */
const URL_PROPERTIES = ['href', 'src', 'srcSet', 'srcset', 'action', 'formAction', 'poster', 'data', 'cite', 'background', 'ping'];

export const hastGuard = defineHastPlugin({
  name: 'kit:garde-hast',
  options: { position: true },
  element: { filter: [], visit: (node, ctx) => {
    if (!RENDERED_ELEMENTS.has(node.tagName)) refuse(`élément <${node.tagName}>`, node, ctx);
    const properties = (node.properties ?? {}) as Record<string, unknown>;
    for (const key of Object.keys(properties)) {
      if (/^on/i.test(key) || key === 'style') refuse(`attribut « ${key} »`, node, ctx);
      if (!URL_PROPERTIES.includes(key)) continue;
      const value = String(properties[key]);
      const verdict = node.tagName === 'img' ? classifyImageUrl(value) : classifyUrl(value);
      if (!verdict.ok) refuse(`adresse « ${value} »`, node, ctx);
    }
  } },
  raw: (node, ctx) => refuse('HTML brut', node, ctx),
  mdxjsEsm: (node, ctx) => refuse('import ou export', node, ctx),
  mdxFlowExpression: (node, ctx) => refuse('expression JavaScript', node, ctx),
  mdxTextExpression: (node, ctx) => refuse('expression JavaScript', node, ctx),
  mdxJsxFlowElement: { filter: [], visit: (node, ctx) => checkJsx(node, ctx) },
  mdxJsxTextElement: { filter: [], visit: (node, ctx) => checkJsx(node, ctx) },
});
