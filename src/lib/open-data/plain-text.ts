/**
 * Content MDX made readable by any tool, for kit.json: the text is parsed once by the build's
 * parser (Sätteri, with the build's features), the kit's components are replaced node by node by
 * plain Markdown constructs (one mapping per component, below), and the plain tree is written
 * out twice: as Markdown (mdast-util-to-markdown, which escapes what needs escaping) and as HTML
 * (mdast-util-to-hast then hast-util-to-html: no raw HTML node can pass, every text is escaped).
 * No regular expression ever reads the text.
 */
import type { Nodes as MdastNodes, PhrasingContent, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toHast } from 'mdast-util-to-hast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { toHtml } from 'hast-util-to-html';
import { mdxToMdast } from 'satteri';
import { classifyImageUrl, classifyUrl } from '../url-policy.ts';
import { MDX_FEATURES } from '../content/mdx-pipeline.ts';
import type { AllowedHtmlName, KitComponentName } from '../content/mdx-components.ts';
import { calloutLabel, type CalloutKind, type KitLinkKind } from '../kit/kit-links.ts';

/** A text of the kit in two readable forms, neither with any MDX component. */
export interface TextField {
  markdown: string;
  html: string;
}

export interface PlainContext {
  /** A site path (`/fiches/x/`) as published: absolute when the site's address is known. */
  url(path: string): string;
  kitLink(kind: KitLinkKind, id: string): { path: string; label: string } | undefined;
  terme(id: string): { terme: string; path: string } | undefined;
}

type JsxNode = {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: AnyNode[];
};
type AnyNode = (RootContent | JsxNode) & { children?: AnyNode[]; position?: unknown; data?: unknown };

const attribute = (node: JsxNode, name: string): string | undefined => {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
};

type Mapper = (node: JsxNode, children: () => RootContent[], context: PlainContext) => RootContent[];

const kitLink = (kind: KitLinkKind): Mapper => (node, _children, context) => {
  const id = attribute(node, 'id') ?? '';
  const target = context.kitLink(kind, id);
  if (!target) throw new Error(`lien vers ${kind} inconnu : « ${id} »`);
  return [{ type: 'link', url: context.url(target.path), children: [{ type: 'text', value: target.label }] }];
};

const callout = (kind: CalloutKind): Mapper => (node, children) => [
  {
    type: 'blockquote',
    children: [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: calloutLabel(kind, attribute(node, 'titre')) }] }] }, ...(children() as never[])],
  },
];

/** Inline HTML keeps its words only: Markdown has no abbreviation, and a line break is a break. */
const wordsOnly: Mapper = (_node, children) => children();

/**
 * Each kit component and each allowed HTML tag, as plain Markdown. `satisfies` makes a component
 * added to the registry without its mapping here a type error.
 */
const PLAIN_ELEMENTS = {
  Exemple: callout('exemple'),
  Attention: callout('attention'),
  Astuce: callout('astuce'),
  LienFiche: kitLink('fiche'),
  LienOutil: kitLink('outil'),
  LienObstacle: kitLink('obstacle'),
  Terme: (node, children, context) => {
    const id = attribute(node, 'id') ?? '';
    const terme = context.terme(id);
    if (!terme) throw new Error(`terme du glossaire inconnu : « ${id} »`);
    const words = children();
    return [{ type: 'link', url: context.url(terme.path), children: (words.length ? words : [{ type: 'text', value: terme.terme }]) as PhrasingContent[] }];
  },
  abbr: wordsOnly,
  sub: wordsOnly,
  sup: wordsOnly,
  kbd: wordsOnly,
  br: () => [{ type: 'break' }],
} satisfies Record<KitComponentName | AllowedHtmlName, Mapper>;

function plainNodes(node: AnyNode, context: PlainContext): RootContent[] {
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const jsx = node as JsxNode;
    const name = jsx.name ?? '';
    if (!Object.hasOwn(PLAIN_ELEMENTS, name)) throw new Error(`balise <${name}> hors du registre des composants`);
    const mapper: Mapper = PLAIN_ELEMENTS[name as keyof typeof PLAIN_ELEMENTS];
    return mapper(jsx, () => jsx.children.flatMap((child) => plainNodes(child, context)), context);
  }
  if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression' || node.type === 'html') {
    throw new Error(`élément « ${node.type} » refusé dans le contenu`);
  }
  const { position: _position, data: _data, ...rest } = node as AnyNode & Record<string, unknown>;
  const copy = rest as Record<string, unknown>;
  if (node.type === 'link' || node.type === 'definition') copy.url = publishedUrl(String(copy.url ?? ''), context, classifyUrl);
  if (node.type === 'image') copy.url = publishedUrl(String(copy.url ?? ''), context, classifyImageUrl);
  if (node.children) copy.children = node.children.flatMap((child) => plainNodes(child, context));
  return [copy as unknown as RootContent];
}

/** The kit's one address rule again (the verifier applied it): site paths become published addresses. */
function publishedUrl(url: string, context: PlainContext, classify: (url: string) => { ok: boolean; kind?: string; reason?: string }): string {
  const verdict = classify(url.trim());
  if (!verdict.ok) throw new Error(`adresse refusée : « ${url} » (${verdict.reason})`);
  return verdict.kind === 'external' ? url.trim() : context.url(url.trim());
}

/** The plain Markdown tree of content MDX (body or part of a body, header already removed). */
export function plainTree(mdx: string, context: PlainContext): Root {
  const tree = mdxToMdast(mdx, { features: MDX_FEATURES }) as unknown as AnyNode & { children: AnyNode[] };
  return { type: 'root', children: tree.children.flatMap((child) => plainNodes(child, context)) };
}

export function toTextField(mdx: string, context: PlainContext): TextField {
  const tree = plainTree(mdx, context);
  return {
    markdown: toMarkdown(tree, { extensions: [gfmToMarkdown()], bullet: '-', emphasis: '*', strong: '*', rule: '-', fences: true }).trim(),
    html: toHtml(toHast(tree as MdastNodes, { footnoteLabel: 'Notes', footnoteBackLabel: 'Retour au texte' })),
  };
}
