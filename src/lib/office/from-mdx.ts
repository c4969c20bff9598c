/**
 * An MDX body as blocks of the document model, read by the parser the build compiles it with
 * (Sätteri, the build's features). Every kit component is mapped here once, for both writers;
 * a component added to the registry without its mapping is a type error.
 */
import { mdxToMdast } from 'satteri';
import { MDX_FEATURES } from '../content/mdx-pipeline.ts';
import { ALLOWED_HTML, type AllowedHtmlName, type KitComponentName, isKitComponent } from '../content/mdx-components.ts';
import type { KitLinkKind } from '../kit/kit-links.ts';
import { CALLOUT_LABELS, type Block, type CalloutKind, type Inline } from './model.ts';

/** What the builder needs from the kit: link targets, glossary terms, absolute addresses. */
export interface MdxContext {
  link(kind: KitLinkKind, id: string): { path: string; label: string } | undefined;
  term(id: string): string | undefined;
  /** The full address of a site path; undefined when the site's address is unknown (the words stay, without a link). */
  url(path: string): string | undefined;
  /** Added to every heading level of the body (the whole kit nests fiches one level down). */
  headingShift?: number;
}

/** The fields of the parser's nodes this module reads. */
type Node = {
  type: string;
  children?: Node[];
  value?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  url?: string;
  alt?: string | null;
  depth?: number;
  ordered?: boolean | null;
  start?: number | null;
  identifier?: string;
  label?: string | null;
  position?: { start: { line: number } };
};

type Style = { bold?: boolean; italic?: boolean; code?: boolean };

/** The kit's components: a callout of blocks, or a few words inside a paragraph. */
type ComponentMapping = { callout: CalloutKind } | { inline: (node: Node, context: MdxContext, style: Style) => Inline[] };

const kitLink = (kind: KitLinkKind) => (node: Node, context: MdxContext): Inline[] => {
  const id = attribute(node, 'id');
  const target = context.link(kind, id);
  if (!target) throw new OfficeContentError(`lien vers ${kind} inconnu : « ${id} »`, node);
  const words: Inline[] = [{ kind: 'text', text: target.label }];
  const href = context.url(target.path);
  return href ? [{ kind: 'link', href, children: words }] : words;
};

const COMPONENTS = {
  Exemple: { callout: 'exemple' },
  Attention: { callout: 'attention' },
  Astuce: { callout: 'astuce' },
  LienFiche: { inline: kitLink('fiche') },
  LienOutil: { inline: kitLink('outil') },
  LienObstacle: { inline: kitLink('obstacle') },
  // A glossary term is plain text in a document: its words, or the term itself when it has none.
  Terme: {
    inline: (node, context, style) => {
      const words = inlines(node.children ?? [], context, style);
      if (words.length) return words;
      const term = context.term(attribute(node, 'id'));
      if (term === undefined) throw new OfficeContentError(`terme du glossaire inconnu : « ${attribute(node, 'id')} »`, node);
      return [{ kind: 'text', text: term, ...style }];
    },
  },
} as const satisfies Record<KitComponentName, ComponentMapping>;

/** The harmless HTML tags content may use, as document text. */
const HTML_TAGS = {
  abbr: (node, context, style) => inlines(node.children ?? [], context, style),
  br: () => [{ kind: 'break' }],
  sub: (node, context, style) => inlines(node.children ?? [], context, style),
  sup: (node, context, style) => inlines(node.children ?? [], context, style),
  kbd: (node, context, style) => inlines(node.children ?? [], context, { ...style, code: true }),
} as const satisfies Record<AllowedHtmlName, (node: Node, context: MdxContext, style: Style) => Inline[]>;

/** Content the verifier should have refused: the document is not made, and the message says where. */
export class OfficeContentError extends Error {
  constructor(message: string, node?: Node) {
    const line = node?.position?.start.line;
    super(line ? `ligne ${line} : ${message}` : message);
    this.name = 'OfficeContentError';
  }
}

/** The blocks of an MDX body (its header already removed or blanked). */
export function mdxBlocks(body: string, context: MdxContext): Block[] {
  const tree = mdxToMdast(body, { features: MDX_FEATURES }) as unknown as Node;
  const definitions = new Map<string, string>();
  collectDefinitions(tree, definitions);
  const withDefinitions = { ...context, definitions };
  const notes: Block[] = [];
  const body_ = blocks(tree.children ?? [], withDefinitions, notes);
  return notes.length ? [...body_, { kind: 'heading', level: clampLevel(2 + (context.headingShift ?? 0)), content: [{ kind: 'text', text: 'Notes' }] }, ...notes] : body_;
}

type Context = MdxContext & { definitions: Map<string, string> };

function collectDefinitions(node: Node, into: Map<string, string>): void {
  if (node.type === 'definition' && node.identifier) into.set(node.identifier.toLowerCase(), String(node.url ?? ''));
  for (const child of node.children ?? []) collectDefinitions(child, into);
}

function blocks(nodes: Node[], context: Context, notes: Block[]): Block[] {
  const out: Block[] = [];
  for (const node of nodes) out.push(...block(node, context, notes));
  return out;
}

function block(node: Node, context: Context, notes: Block[]): Block[] {
  switch (node.type) {
    case 'heading':
      return [{ kind: 'heading', level: clampLevel((node.depth ?? 2) + (context.headingShift ?? 0)), content: inlines(node.children ?? [], context, {}) }];
    case 'paragraph': {
      const content = inlines(node.children ?? [], context, {});
      return content.length ? [{ kind: 'paragraph', content }] : [];
    }
    case 'list':
      return [
        {
          kind: 'list',
          ordered: Boolean(node.ordered),
          ...(node.ordered && node.start && node.start !== 1 ? { start: node.start } : {}),
          items: (node.children ?? []).map((item) => blocks(item.children ?? [], context, notes)),
        },
      ];
    case 'table': {
      const [head, ...rows] = (node.children ?? []).map((row) => (row.children ?? []).map((cell) => inlines(cell.children ?? [], context, {})));
      return [{ kind: 'table', header: head ?? [], rows }];
    }
    case 'blockquote':
      return [{ kind: 'quote', blocks: blocks(node.children ?? [], context, notes) }];
    case 'code':
      return [{ kind: 'code', text: String(node.value ?? '') }];
    case 'thematicBreak':
      return [{ kind: 'rule' }];
    case 'definition':
      return [];
    case 'footnoteDefinition': {
      const [first, ...rest] = blocks(node.children ?? [], context, notes);
      const mark: Inline = { kind: 'text', text: `${node.label ?? node.identifier ?? ''}. ` };
      notes.push(...(first?.kind === 'paragraph' ? [{ ...first, content: [mark, ...first.content] }, ...rest] : [{ kind: 'paragraph' as const, content: [mark] }, ...(first ? [first] : []), ...rest]));
      return [];
    }
    case 'mdxJsxFlowElement': {
      const name = node.name ?? '';
      if (isKitComponent(name)) {
        const mapping: ComponentMapping = COMPONENTS[name];
        if ('callout' in mapping) {
          const title = optionalAttribute(node, 'titre');
          const label = title ? `${CALLOUT_LABELS[mapping.callout]} : ${title}` : CALLOUT_LABELS[mapping.callout];
          return [{ kind: 'callout', callout: mapping.callout, label, blocks: blocks(node.children ?? [], context, notes) }];
        }
      }
      // An inline component or tag alone on its line is still a few words: a paragraph of them.
      return [{ kind: 'paragraph', content: inline(node, context, {}) }];
    }
    default:
      throw new OfficeContentError(`élément « ${node.type} » sans équivalent dans les documents modifiables`, node);
  }
}

function inlines(nodes: Node[], context: Context | MdxContext, style: Style): Inline[] {
  return nodes.flatMap((node) => inline(node, context as Context, style));
}

function inline(node: Node, context: Context, style: Style): Inline[] {
  switch (node.type) {
    case 'text':
      return textPieces(String(node.value ?? ''), style);
    case 'strong':
      return inlines(node.children ?? [], context, { ...style, bold: true });
    case 'emphasis':
      return inlines(node.children ?? [], context, { ...style, italic: true });
    case 'delete':
      return inlines(node.children ?? [], context, style);
    case 'inlineCode':
      return [{ kind: 'text', text: String(node.value ?? ''), ...style, code: true }];
    case 'break':
      return [{ kind: 'break' }];
    case 'link':
      return linkTo(String(node.url ?? ''), inlines(node.children ?? [], context, style), context);
    case 'linkReference': {
      const children = inlines(node.children ?? [], context, style);
      const url = context.definitions?.get(String(node.identifier ?? '').toLowerCase());
      return url === undefined ? children : linkTo(url, children, context);
    }
    case 'image':
      return [{ kind: 'text', text: `[Image : ${node.alt ?? ''}]`, ...style, italic: true }];
    case 'footnoteReference':
      return [{ kind: 'text', text: `(${node.label ?? node.identifier ?? ''})`, ...style }];
    case 'mdxJsxTextElement':
    case 'mdxJsxFlowElement': {
      const name = node.name ?? '';
      if (isKitComponent(name)) {
        const mapping: ComponentMapping = COMPONENTS[name];
        if ('inline' in mapping) return mapping.inline(node, context, style);
        throw new OfficeContentError(`<${name}> s'écrit seul entre deux lignes vides, pas au milieu d'une phrase`, node);
      }
      if (Object.hasOwn(ALLOWED_HTML, name)) return HTML_TAGS[name as AllowedHtmlName](node, context, style);
      throw new OfficeContentError(`balise <${name}> non autorisée`, node);
    }
    default:
      throw new OfficeContentError(`élément « ${node.type} » sans équivalent dans les documents modifiables`, node);
  }
}

/** Site paths become full addresses; an anchor on the same page leads nowhere in a document: its words stay. */
function linkTo(url: string, children: Inline[], context: MdxContext): Inline[] {
  if (url.startsWith('#')) return children;
  const href = url.startsWith('/') ? context.url(url) : url;
  return href ? [{ kind: 'link', href, children }] : children;
}

const BOX = '☐';
const MIN_BLANK = 3;

/**
 * Splits the words of a text node into what a person fills in: lines to write on (`___`),
 * boxes to tick (☐) and bracketed text to replace (« [Nom de la structure] »).
 */
export function textPieces(text: string, style: Style = {}): Inline[] {
  const out: Inline[] = [];
  let plain = '';
  const flush = () => {
    if (plain) out.push({ kind: 'text', text: plain, ...style });
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char === '_') {
      let end = i;
      while (text[end] === '_') end++;
      if (end - i >= MIN_BLANK) {
        flush();
        out.push({ kind: 'blank', length: end - i });
      } else plain += text.slice(i, end);
      i = end;
    } else if (char === BOX) {
      flush();
      out.push({ kind: 'box' });
      i++;
    } else if (char === '[') {
      const close = text.indexOf(']', i + 1);
      const inside = close === -1 ? '' : text.slice(i + 1, close);
      // « [Nom de la structure] »: words to replace, never a bare or nested bracket.
      if (inside.trim() && !inside.includes('[') && /^\p{Lu}/u.test(inside.trim())) {
        flush();
        out.push({ kind: 'placeholder', text: `[${inside}]` });
        i = close + 1;
      } else {
        plain += char;
        i++;
      }
    } else {
      plain += char;
      i++;
    }
  }
  flush();
  return out;
}

function clampLevel(level: number): 1 | 2 | 3 | 4 {
  return Math.min(4, Math.max(1, level)) as 1 | 2 | 3 | 4;
}

function attribute(node: Node, name: string): string {
  const value = optionalAttribute(node, name);
  if (value === undefined) throw new OfficeContentError(`<${node.name}> sans attribut ${name}="…"`, node);
  return value;
}

function optionalAttribute(node: Node, name: string): string | undefined {
  const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}
