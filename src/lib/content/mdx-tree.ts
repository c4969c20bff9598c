/**
 * The first barrier against hostile content: an MDX file is read once, by the parser the build
 * compiles it with (Sätteri, with the build's features, on the text exactly as Astro hands it
 * over), and the tree that comes out is judged node by node against an allow-list. Nothing here
 * guesses how a parser will read a text: what is code is what the parser says is code.
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import { classifyImageUrl, classifyUrl, URL_RULE } from '../url-policy.ts';
import { MDX_FEATURES, mdxContentOf } from './mdx-pipeline.ts';
import { ALLOWED_HTML, DANGEROUS_HTML, INSTEAD, KIT_COMPONENTS, elementSpec, isKitComponent } from './mdx-components.ts';
import { normalizeTitle } from './headings.ts';

export interface ComponentUse {
  name: string;
  attributes: Record<string, string>;
  line: number;
}

export interface SafetyFinding {
  line: number;
  message: string;
}

export interface SiteLink {
  /** The path of a site page, as written, without query or fragment. */
  path: string;
  url: string;
  line: number;
}

export interface TreeHeading {
  depth: number;
  text: string;
  line: number;
}

export interface MdxReading {
  findings: SafetyFinding[];
  components: ComponentUse[];
  siteLinks: SiteLink[];
  /** Headings as the parser reads them; empty when the text could not be parsed. */
  headings: TreeHeading[];
  /** False when the parser refused the text: the other lists are then empty. */
  parsed: boolean;
}

/** Markdown constructs that carry no code and load nothing; everything else is refused. */
const MARKDOWN_NODES: ReadonlySet<string> = new Set([
  'root', 'paragraph', 'heading', 'text', 'emphasis', 'strong', 'delete', 'inlineCode', 'code',
  'blockquote', 'list', 'listItem', 'thematicBreak', 'break', 'link', 'linkReference', 'image',
  'imageReference', 'definition', 'table', 'tableRow', 'tableCell', 'footnoteReference', 'footnoteDefinition',
]);

const KNOWN_TAGS = `seuls les composants du kit (${Object.keys(KIT_COMPONENTS).join(', ')}) et ${Object.keys(ALLOWED_HTML).map((t) => `<${t}>`).join(', ')} sont acceptés`;

type Node = MdastNode & {
  type: string;
  children?: Node[];
  value?: unknown;
  name?: string | null;
  attributes?: Attribute[];
  url?: string;
  alt?: string | null;
  checked?: boolean | null;
  depth?: number;
  position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } };
};
type Attribute = { type: string; name?: string; value?: unknown };

/**
 * Reads a whole content file (header included) and judges its body. Lines are the file's own:
 * the build blanks the header out line for line before compiling, and so does this.
 */
export function readMdx(fileText: string): MdxReading {
  return readMdxContent(mdxContentOf(fileText));
}

/** Judges MDX text that is exactly what the build compiles (header already blanked). */
export function readMdxContent(content: string): MdxReading {
  const reading: MdxReading = { findings: [], components: [], siteLinks: [], headings: [], parsed: false };
  let tree: Node;
  try {
    tree = mdxToMdast(content, { features: MDX_FEATURES }) as Node;
  } catch (error) {
    reading.findings.push(translateParseError(content, error));
    return reading;
  }
  reading.parsed = true;
  const lines = lineIndex(content);
  walk(tree, content, lines, reading);
  reading.findings.sort((a, b) => a.line - b.line);
  return reading;
}

function walk(node: Node, source: string, lines: LineIndex, reading: MdxReading): void {
  const line = node.position?.start.line ?? 1;
  const report = (message: string, at = line) => reading.findings.push({ line: at, message });
  switch (node.type) {
    case 'mdxjsEsm': {
      // One message per statement line, so that each `import` or `export` is named where it is.
      const statements = String(node.value ?? '').split('\n').map((text, index) => ({ word: text.trimStart().split(/\s/)[0], at: line + index }));
      const named = statements.filter(({ word }) => word === 'import' || word === 'export');
      if (!named.length) report('code JavaScript (import ou export) interdit dans le contenu');
      for (const { word, at } of named) report(`« ${word} » est interdit dans le contenu : les composants du kit sont disponibles sans import`, at);
      return;
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      report(String(node.value ?? '').trimStart().startsWith('/*')
        ? 'les commentaires « {/* */} » ne sont pas acceptés : supprimez-les'
        : 'les accolades « { } » sont interdites (expression JavaScript) : retirez-les ou écrivez le texte autrement');
      return;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      checkElement(node, source, lines, reading);
      break;
    case 'listItem':
      if (node.checked !== null && node.checked !== undefined) {
        report('les cases à cocher « - [ ] » ne sont pas acceptées dans le texte : la liste de contrôle d\'une fiche va dans le champ « checklist » de l\'en-tête');
      }
      break;
    case 'thematicBreak': {
      const start = node.position?.start.offset ?? 0;
      const end = node.position?.end.offset ?? start;
      if (source.slice(start, end).includes('_')) {
        report('une ligne faite seulement de « ___ » s\'affiche comme un trait de séparation, pas comme une ligne à remplir : écrivez par exemple « Réponse : ________ » ou « \\________ »');
      }
      break;
    }
    case 'link':
    case 'definition': {
      const url = String(node.url ?? '');
      const verdict = classifyUrl(url);
      if (!verdict.ok) report(`adresse « ${printable(url)} » refusée (${verdict.reason}) : ${URL_RULE}`);
      else if (verdict.kind === 'site') reading.siteLinks.push({ path: verdict.path!, url, line });
      break;
    }
    case 'image': {
      const url = String(node.url ?? '');
      const verdict = classifyImageUrl(url);
      if (!verdict.ok) report(`image « ${printable(url)} » refusée : ${verdict.reason}`);
      if (!String(node.alt ?? '').trim()) report(`image « ${printable(url)} » sans texte alternatif : écrivez ![description de l'image](${printable(url)})`);
      break;
    }
    case 'imageReference':
      report('une image s\'écrit avec son adresse : ![description de l\'image](/images/nom.png)');
      break;
    case 'heading':
      reading.headings.push({ depth: node.depth ?? 0, text: normalizeTitle(plainText(node)), line });
      break;
    default:
      if (!MARKDOWN_NODES.has(node.type)) report(`élément « ${node.type} » non accepté dans le contenu du kit`);
  }
  for (const child of node.children ?? []) walk(child, source, lines, reading);
}

function checkElement(node: Node, source: string, lines: LineIndex, reading: MdxReading): void {
  const line = node.position?.start.line ?? 1;
  const report = (message: string, at = line) => reading.findings.push({ line: at, message });
  const name = node.name;
  if (!name) {
    report('« <> » et « </> » (fragments JSX) ne sont pas acceptés : supprimez-les');
    return;
  }
  const lower = name.toLowerCase();
  if (DANGEROUS_HTML.has(lower)) {
    report(`la balise <${lower}> est interdite dans le contenu du kit`);
    return;
  }
  const spec = elementSpec(name);
  if (!spec) {
    const instead = Object.hasOwn(INSTEAD, lower) ? INSTEAD[lower] : undefined;
    report(`balise <${name}> non autorisée : ${instead ?? KNOWN_TAGS}`);
    return;
  }
  const lineOfAttribute = (attributeName: string) => {
    const start = node.position?.start.offset;
    if (start === undefined) return line;
    const at = source.indexOf(attributeName, start);
    return at === -1 ? line : lines.lineAt(at);
  };
  const html = !isKitComponent(name);
  const attributes: Record<string, string> = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.name !== 'string') {
      report(`« {…} » est interdit dans la balise <${name}> (expression JavaScript)`);
      continue;
    }
    const key = attribute.name;
    const where = lineOfAttribute(key);
    if (/^on/i.test(key)) {
      report(`l'attribut « ${key} » (gestionnaire d'événement) est interdit`, where);
      continue;
    }
    if (typeof attribute.value !== 'string') {
      report(attribute.value && typeof attribute.value === 'object'
        ? `l'attribut « ${key} » de <${name}> contient des accolades (expression JavaScript) : écrivez ${key}="…"`
        : `l'attribut « ${key} » de <${name}> doit avoir une valeur entre guillemets, par exemple ${key}="…"`, where);
      continue;
    }
    if (!Object.hasOwn(spec.attributes, key)) {
      const accepted = Object.keys(spec.attributes);
      report(html
        ? `l'attribut « ${key} » n'est pas accepté sur <${name}> : ${accepted.length ? `seul${accepted.length > 1 ? 's' : ''} ${accepted.map((a) => `« ${a} »`).join(', ')} ${accepted.length > 1 ? 'sont acceptés' : 'est accepté'}` : "cette balise n'accepte aucun attribut"}`
        : `<${name}> n'accepte pas l'attribut « ${key} »`, where);
      continue;
    }
    attributes[key] = attribute.value;
  }
  for (const [key, rule] of Object.entries(spec.attributes)) {
    if (rule.required && !attributes[key]?.trim()) report(`<${name}> doit avoir l'attribut ${key}="…"`);
  }
  if (spec.children === 'none' && (node.children?.length ?? 0) > 0) {
    report(html ? `<${name}> ne contient rien : écrivez simplement <${name} />` : `<${name} … /> s'écrit fermé sur lui-même (avec « /> »)`);
  }
  if (spec.interactive) {
    for (const inner of interactiveInside(node)) {
      report(`<${name}> ne peut pas contenir ${inner.what} : un appui sur <${name}> l'ouvre déjà. Mettez ${inner.what === 'de lien' ? 'le lien' : 'ce composant'} avant ou après <${name}>…</${name}>`, inner.node.position?.start.line ?? line);
    }
  }
  if (!html) reading.components.push({ name, attributes, line });
}

/** Links and interactive components inside `node`, outermost first (what is inside them is reported with them). */
function interactiveInside(node: Node): { node: Node; what: string }[] {
  return (node.children ?? []).flatMap((child) => {
    if (child.type === 'link' || child.type === 'linkReference') return [{ node: child, what: 'de lien' }];
    const isElement = child.type === 'mdxJsxTextElement' || child.type === 'mdxJsxFlowElement';
    if (isElement && child.name && elementSpec(child.name)?.interactive) return [{ node: child, what: `de <${child.name}>` }];
    return interactiveInside(child);
  });
}

function plainText(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  return (node.children ?? []).map(plainText).join('');
}

/** Shows an address in a message without its control characters. */
function printable(url: string): string {
  return url.replace(/\p{Cc}/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

interface LineIndex {
  lineAt(offset: number): number;
}

function lineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return {
    lineAt(offset) {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid]! <= offset) low = mid;
        else high = mid - 1;
      }
      return low + 1;
    },
  };
}

/**
 * The parser stops at the first thing it cannot read, and says where in English. The French
 * sentence is chosen from what stands in the text at that place.
 */
function translateParseError(content: string, error: unknown): SafetyFinding {
  const message = error instanceof Error ? error.message : String(error);
  const place = /^(\d+):(\d+)/.exec(message);
  const line = place ? Number(place[1]) : 1;
  const column = place ? Number(place[2]) : 1;
  const lineText = content.split(/\r\n|\r|\n/)[line - 1] ?? '';
  const here = lineText.slice(Math.max(0, column - 1));
  const detail = message.replace(/^\d+:\d+:\s*/, '').split('\n')[0];
  const closing = /Expected a closing tag for `<([^>`]+)>`/.exec(message);
  if (closing) {
    const name = closing[1]!;
    const spec = elementSpec(name);
    return spec?.children === 'none'
      ? { line, message: `<${name}> s'écrit fermé sur lui-même en MDX : <${name} />` }
      : { line, message: `<${name}> ouvert ici n'est jamais fermé (</${name}> manquant)` };
  }
  const unexpectedClosing = /Unexpected closing tag `<\/([^>`]*)>`/.exec(message);
  if (unexpectedClosing) return { line, message: `fermeture </${unexpectedClosing[1]}> sans ouverture correspondante` };
  if (here.startsWith('<!--') || lineText.slice(Math.max(0, column - 2)).startsWith('<!--')) {
    return { line, message: 'les commentaires HTML « <!-- --> » ne sont pas acceptés en MDX : supprimez-les' };
  }
  const tagStart = lineText.lastIndexOf('<', column - 1);
  const fromTag = tagStart === -1 ? here : lineText.slice(tagStart);
  if (/^<(https?:|mailto:)/i.test(fromTag)) return { line, message: 'lien entre chevrons non accepté en MDX : écrivez [texte du lien](adresse)' };
  if (/^<\/?>/.test(fromTag)) return { line, message: '« <> » et « </> » (fragments JSX) ne sont pas acceptés : supprimez-les' };
  if (/^<[^\sA-Za-z/]/.test(fromTag)) {
    return { line, message: 'le signe « < » collé au texte est lu comme une balise : ajoutez une espace après lui (« a < b ») ou écrivez « \\< »' };
  }
  if (/^<\/?[A-Za-z]/.test(fromTag)) {
    return { line, message: `balise incomplète « ${fromTag.split(/\s/)[0]}… » : fermez-la avec « > » ou « /> », ou écrivez « \\< » pour afficher le signe` };
  }
  if (/\{/.test(lineText)) return { line, message: 'les accolades « { } » sont interdites (expression JavaScript) : retirez-les ou écrivez le texte autrement' };
  return { line, message: `texte MDX illisible à cet endroit (colonne ${column}) : vérifiez les signes « < », « { » et les balises (détail technique : ${detail})` };
}
