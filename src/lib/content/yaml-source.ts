import { LineCounter, isMap, isSeq, parseDocument, type Node } from 'yaml';

export interface YamlSource {
  data: unknown;
  /** Line of the value at `path` (or of its closest existing parent). */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** Syntax errors, with their lines. */
  errors: { line?: number; message: string }[];
}

/** Parses YAML keeping positions, so that schema errors can name the line to fix. */
export function parseYamlSource(text: string, lineOffset = 0): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + lineOffset;
  const errors = doc.errors.map((error) => ({
    line: error.pos ? lineAt(error.pos[0]) : undefined,
    message: translateYamlError(error.code, error.message),
  }));
  return {
    data: errors.length ? undefined : doc.toJS(),
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

function translateYamlError(code: string, message: string): string {
  const known: Record<string, string> = {
    DUPLICATE_KEY: 'clé YAML présente deux fois',
    BAD_INDENT: 'indentation YAML incorrecte',
    MISSING_CHAR: 'caractère manquant (guillemet ou crochet non fermé ?)',
    MULTILINE_IMPLICIT_KEY: 'clé YAML sur plusieurs lignes : vérifiez les deux-points et les guillemets',
    BLOCK_AS_IMPLICIT_KEY: 'structure YAML invalide : un « : » dans une valeur doit être entre guillemets',
    UNEXPECTED_TOKEN: 'caractère inattendu',
  };
  // The parser's own words are English: shown only when we have no French for the case.
  const first = message.split('\n')[0];
  return known[code] ? `YAML illisible : ${known[code]}` : `YAML illisible : syntaxe incorrecte (détail technique : ${first})`;
}
