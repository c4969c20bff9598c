import { LineCounter, isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node } from 'yaml';

export interface YamlSource {
  data: unknown;
  /** Line of the value at `path` (or of its closest existing parent). */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** Problems that make the text unreadable, with their lines: at most one syntax error. */
  errors: { line?: number; message: string }[];
}

/**
 * How every YAML text of the kit is read, by the verifier and by the build's loaders alike:
 * YAML 1.2 core schema, duplicate keys refused, and no aliases at all (content never needs
 * them, and an alias bomb could exhaust the machine).
 */
const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: true, strict: true } as const;
const TO_JS_OPTIONS = { maxAliasCount: 0 } as const;

/** Parses YAML keeping positions, so that schema errors can name the line to fix. */
export function parseYamlSource(text: string, lineOffset = 0): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { ...PARSE_OPTIONS, lineCounter });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + lineOffset;
  const errors = readProblems(doc, text, lineAt);
  let data: unknown;
  if (!errors.length) {
    try {
      data = doc.toJS(TO_JS_OPTIONS);
    } catch {
      errors.push({ line: lineOffset + 1, message: 'YAML illisible : ce texte ne peut pas être lu comme des données' });
    }
  }
  return {
    data: errors.length ? undefined : data,
    errors,
    lineOf(path) {
      let node: unknown = doc.contents;
      let line = node && (node as Node).range ? lineAt((node as Node).range![0]) : lineOffset + 1;
      for (const key of path) {
        if (isMap(node)) {
          const pair = node.items.find((item) => (item.key as { value?: unknown })?.value === key);
          if (!pair) break;
          const keyNode = pair.key as Node | undefined;
          if (keyNode?.range) line = lineAt(keyNode.range[0]);
          node = pair.value;
        } else if (isSeq(node) && typeof key === 'number') {
          node = node.items[key];
          if ((node as Node | undefined)?.range) line = lineAt((node as Node).range![0]);
        } else {
          break;
        }
      }
      return line;
    },
  };
}

/**
 * Reads a YAML file for the build, with the verifier's own reading: the same data, or a French
 * error naming the file and the line.
 */
export function readYamlData(text: string, file: string): unknown {
  const source = parseYamlSource(text);
  const error = source.errors[0];
  if (error) throw new Error(`${file}${error.line ? `:${error.line}` : ''} — ${error.message}`);
  return source.data;
}

function readProblems(doc: Document.Parsed, text: string, lineAt: (offset: number) => number): { line?: number; message: string }[] {
  // One mistake (a tab, a missing quote) often makes the parser stumble on every following
  // line: the first error is the one to fix, the rest would only bury it.
  const first = [...doc.errors, ...doc.warnings].sort((a, b) => a.pos[0] - b.pos[0])[0];
  if (first) {
    const offset = first.code === 'MISSING_CHAR' ? openingOf(doc, first.pos[0]) : first.pos[0];
    // A tab before the first sign of a line is the mistake, whatever the parser calls it.
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const code = /^[ ]*\t/.test(text.slice(lineStart, offset + 1)) ? 'TAB_AS_INDENT' : first.code;
    return [{ line: lineAt(offset), message: translateYamlError(code, first.message, text.slice(first.pos[0], first.pos[1] + 40)) }];
  }
  const aliases: { line?: number; message: string }[] = [];
  visit(doc, {
    Alias(_, node) {
      aliases.push({ line: node.range ? lineAt(node.range[0]) : undefined, message: `alias YAML « *${node.source} » refusé : recopiez la valeur au lieu d'y renvoyer` });
      return visit.BREAK;
    },
  });
  return aliases;
}

/** Where the scalar that holds `offset` starts: an unclosed quote is fixed where it opens. */
function openingOf(doc: Document.Parsed, offset: number): number {
  let start = offset;
  visit(doc, {
    Scalar(_, node) {
      if (isScalar(node) && node.range && node.range[0] <= offset && offset <= node.range[2]) {
        start = node.range[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return start;
}

function translateYamlError(code: string, message: string, near: string): string {
  const known: Record<string, string> = {
    DUPLICATE_KEY: 'clé YAML présente deux fois',
    BAD_INDENT: 'indentation YAML incorrecte',
    TAB_AS_INDENT: 'tabulation dans l\'indentation : YAML n\'accepte que des espaces en début de ligne',
    MISSING_CHAR: 'guillemet ou crochet ouvert ici et jamais fermé',
    MULTILINE_IMPLICIT_KEY: 'clé YAML sur plusieurs lignes : vérifiez les deux-points et les guillemets',
    BLOCK_AS_IMPLICIT_KEY: 'structure YAML invalide : un « : » dans une valeur doit être entre guillemets',
    UNEXPECTED_TOKEN: 'caractère inattendu',
    MULTIPLE_DOCS: 'un seul document YAML par fichier : retirez la ligne « --- » ou « ... »',
    BAD_ALIAS: 'alias YAML refusé : recopiez la valeur',
    TAG_RESOLVE_FAILED: `étiquette YAML « ${near.split(/\s/)[0]} » inconnue : retirez-la, le kit ne lit que du texte, des nombres et des listes`,
  };
  if (Object.hasOwn(known, code)) return `YAML illisible : ${known[code]}`;
  // The parser's own words are English: shown only when we have no French for the case.
  return `YAML illisible : syntaxe incorrecte (détail technique : ${message.split('\n')[0]})`;
}
