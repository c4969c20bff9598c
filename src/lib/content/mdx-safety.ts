/**
 * Content MDX comes from pull requests: it may only use the kit's own components.
 * This scanner reads the text as text, so nothing in it runs before it is judged.
 */

export interface ComponentSpec {
  /** Attributes that must be present, as plain string literals. */
  required: string[];
  optional?: string[];
  /** Block components wrap markdown; inline ones are self-closing. */
  block: boolean;
}

export const KIT_COMPONENTS: Record<string, ComponentSpec> = {
  Exemple: { required: [], optional: ['titre'], block: true },
  Attention: { required: [], optional: ['titre'], block: true },
  Astuce: { required: [], optional: ['titre'], block: true },
  LienFiche: { required: ['id'], block: false },
  LienOutil: { required: ['id'], block: false },
  LienObstacle: { required: ['id'], block: false },
  Terme: { required: ['id'], block: false },
};

/**
 * Harmless inline HTML a contributor may need, with the only attributes each may carry:
 * anything else (style, class, href…) could change the page or load something.
 */
export const ALLOWED_HTML: Record<string, { attributes: string[]; void?: boolean }> = {
  abbr: { attributes: ['title'] },
  br: { attributes: [], void: true },
  sub: { attributes: [] },
  sup: { attributes: [] },
  kbd: { attributes: [] },
};

/** What to write instead of a tag contributors often reach for. */
const INSTEAD: Record<string, string> = {
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

const DANGEROUS_HTML = new Set(['script', 'iframe', 'style', 'object', 'embed', 'form', 'input', 'link', 'meta', 'base', 'svg', 'math', 'frame', 'frameset']);

export interface ComponentUse {
  name: string;
  attributes: Record<string, string>;
  line: number;
}

export interface SafetyFinding {
  line: number;
  message: string;
}

export interface ScanResult {
  findings: SafetyFinding[];
  components: ComponentUse[];
}

/** Replaces inline code spans by spaces so that their content is not read as syntax. */
function blankInlineCode(line: string): string {
  return line.replace(/(`+)([^`]|(?!\1)`)*?\1/g, (m) => ' '.repeat(m.length));
}

/** A tag may span several lines; quoted values may hold `>`. */
const TAG = /<(\/?)([A-Za-z][\w.:-]*)((?:[^<>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
const ATTRIBUTE = /([A-Za-z_:][\w:.-]*)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

export function scanMdx(body: string, firstLine = 1): ScanResult {
  const findings: SafetyFinding[] = [];
  const components: ComponentUse[] = [];
  let fence: string | null = null;
  /** The body with code blanked out, line for line: what MDX will read as syntax. */
  const syntax: string[] = [];

  body.split(/\r?\n/).forEach((raw, index) => {
    const line = firstLine + index;
    const fenceMatch = raw.match(/^\s{0,3}(`{3,}|~{3,})/);
    if (fenceMatch) {
      const marker = fenceMatch[1]![0]!;
      if (fence === null) fence = marker;
      else if (marker === fence) fence = null;
      syntax.push('');
      return;
    }
    if (fence) {
      syntax.push('');
      return;
    }
    const text = blankInlineCode(raw);

    if (/^\s*(import|export)\b/.test(text)) {
      findings.push({
        line,
        message: `« ${text.trim().split(/\s+/)[0]} » est interdit dans le contenu : les composants du kit sont disponibles sans import`,
      });
      syntax.push('');
      return;
    }
    syntax.push(text);
    if (/[{}]/.test(text)) {
      findings.push({
        line,
        message: 'les accolades « { } » sont interdites (expression JavaScript) : retirez-les ou écrivez le texte autrement',
      });
    }
    if (/<!--/.test(text)) {
      findings.push({ line, message: 'les commentaires HTML « <!-- --> » ne sont pas acceptés en MDX : supprimez-les' });
    }
    if (/^\s*(?:\d+\.|[-*+])?\s*(?:_\s*){3,}$/.test(text)) {
      findings.push({
        line,
        message: 'une ligne faite seulement de « ___ » s\'affiche comme un trait de séparation, pas comme une ligne à remplir : écrivez par exemple « Réponse : ________ » ou « \\________ »',
      });
    }
    if (/<(https?:|mailto:)/i.test(text)) {
      findings.push({ line, message: 'lien entre chevrons non accepté en MDX : écrivez [texte du lien](adresse)' });
    }
  });

  scanTags(syntax.join('\n'), firstLine, findings, components);
  findings.sort((a, b) => a.line - b.line);
  return { findings, components };
}

/**
 * Reads tags across line breaks: MDX accepts `<img` on one line and `onerror="…" />` on the
 * next, so a line-by-line reading would let an event handler through.
 */
function scanTags(text: string, firstLine: number, findings: SafetyFinding[], components: ComponentUse[]): void {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return firstLine + low;
  };
  const openBlocks: { name: string; line: number }[] = [];
  const tagStarts = new Set<number>();

  for (const match of text.matchAll(TAG)) {
    const start = match.index!;
    if (text[start - 1] === '\\') continue;
    tagStarts.add(start);
    const [, closing, name, rawAttributes = '', selfClosing] = match;
    const line = lineAt(start);
    const tag = name!;
    const lower = tag.toLowerCase();
    if (DANGEROUS_HTML.has(lower)) {
      if (!closing) findings.push({ line, message: `la balise <${lower}> est interdite dans le contenu du kit` });
      continue;
    }
    const spec = KIT_COMPONENTS[tag];
    const html = ALLOWED_HTML[tag];
    if (!spec && !html) {
      if (closing) continue;
      const known = Object.keys(KIT_COMPONENTS).join(', ');
      const instead = INSTEAD[lower];
      findings.push({
        line,
        message: instead
          ? `balise <${tag}> non autorisée : ${instead}`
          : `balise <${tag}> non autorisée : seuls les composants du kit (${known}) et ${Object.keys(ALLOWED_HTML).map((t) => `<${t}>`).join(', ')} sont acceptés`,
      });
      continue;
    }
    const attributesStart = start + 1 + (closing?.length ?? 0) + tag.length;
    const attributes: Record<string, string> = {};
    for (const attribute of rawAttributes.matchAll(ATTRIBUTE)) {
      const [, key, value] = attribute;
      const where = lineAt(attributesStart + attribute.index!);
      if (/^on/i.test(key!)) {
        findings.push({ line: where, message: `l'attribut « ${key} » (gestionnaire d'événement) est interdit` });
        continue;
      }
      if (value === undefined || !/^["']/.test(value)) {
        findings.push({ line: where, message: `l'attribut « ${key} » de <${tag}> doit avoir une valeur entre guillemets, par exemple ${key}="…"` });
        continue;
      }
      if (html && !html.attributes.includes(key!)) {
        const accepted = html.attributes.length ? `seul${html.attributes.length > 1 ? 's' : ''} ${html.attributes.map((a) => `« ${a} »`).join(', ')} ${html.attributes.length > 1 ? 'sont acceptés' : 'est accepté'}` : "cette balise n'accepte aucun attribut";
        findings.push({ line: where, message: `l'attribut « ${key} » n'est pas accepté sur <${tag}> : ${accepted}` });
        continue;
      }
      attributes[key!] = value.slice(1, -1);
    }
    if (html) {
      if (html.void) {
        if (closing) findings.push({ line, message: `</${tag}> n'existe pas : écrivez simplement <${tag} />` });
        else if (!selfClosing) findings.push({ line, message: `<${tag}> s'écrit fermé sur lui-même en MDX : <${tag} />` });
        continue;
      }
      if (closing) closeBlock(tag, line);
      else if (!selfClosing) openBlocks.push({ name: tag, line });
      continue;
    }
    if (!spec) continue;
    if (closing) {
      closeBlock(tag, line);
      continue;
    }
    const allowed = new Set([...spec.required, ...(spec.optional ?? [])]);
    for (const key of Object.keys(attributes)) {
      if (!allowed.has(key)) findings.push({ line, message: `<${tag}> n'accepte pas l'attribut « ${key} »` });
    }
    for (const key of spec.required) {
      if (!attributes[key]) findings.push({ line, message: `<${tag}> doit avoir l'attribut ${key}="…"` });
    }
    if (spec.block && !selfClosing) openBlocks.push({ name: tag, line });
    if (!spec.block && !selfClosing && tag !== 'Terme') {
      findings.push({ line, message: `<${tag} … /> s'écrit fermé sur lui-même (avec « /> »)` });
    }
    if (tag === 'Terme' && !selfClosing) openBlocks.push({ name: tag, line });
    components.push({ name: tag, attributes, line });
  }

  // A `<` that starts no complete tag: MDX would stop on it, or read what follows as a tag.
  for (const stray of text.matchAll(/<(?=[^\s<])/g)) {
    const start = stray.index!;
    if (tagStarts.has(start) || text[start - 1] === '\\') continue;
    const next = text.slice(start + 1, start + 8);
    if (/^(!--|https?:|mailto:)/i.test(next)) continue;
    findings.push({
      line: lineAt(start),
      message: /^\/?>/.test(next)
        ? '« <> » et « </> » (fragments JSX) ne sont pas acceptés : supprimez-les'
        : /^[A-Za-z/]/.test(next)
        ? `balise incomplète « <${next.split(/\s/)[0]}… » : fermez-la avec « > » ou « /> », ou écrivez « \\< » pour afficher le signe`
        : `le signe « < » collé au texte est lu comme une balise : ajoutez une espace après lui (« a < b ») ou écrivez « \\< »`,
    });
  }

  for (const open of openBlocks) {
    findings.push({ line: open.line, message: `<${open.name}> ouvert ici n'est jamais fermé (</${open.name}> manquant)` });
  }

  function closeBlock(tag: string, line: number) {
    const open = openBlocks.pop();
    if (!open || open.name !== tag) {
      findings.push({ line, message: `fermeture </${tag}> sans ouverture correspondante` });
      if (open) openBlocks.push(open);
    }
  }
}
