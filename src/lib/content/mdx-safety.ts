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

/** Harmless inline HTML a contributor may need. */
export const ALLOWED_HTML = new Set(['abbr', 'br', 'sub', 'sup', 'kbd']);

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

const TAG = /<(\/?)([A-Za-z][\w.:-]*)([^<>]*?)(\/?)>/g;
const ATTRIBUTE = /([A-Za-z_:][\w:.-]*)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

export function scanMdx(body: string, firstLine = 1): ScanResult {
  const findings: SafetyFinding[] = [];
  const components: ComponentUse[] = [];
  let fence: string | null = null;
  const openBlocks: { name: string; line: number }[] = [];

  body.split(/\r?\n/).forEach((raw, index) => {
    const line = firstLine + index;
    const fenceMatch = raw.match(/^\s{0,3}(`{3,}|~{3,})/);
    if (fenceMatch) {
      const marker = fenceMatch[1]![0]!;
      if (fence === null) fence = marker;
      else if (marker === fence) fence = null;
      return;
    }
    if (fence) return;
    const text = blankInlineCode(raw);

    if (/^\s*(import|export)\b/.test(text)) {
      findings.push({
        line,
        message: `« ${text.trim().split(/\s+/)[0]} » est interdit dans le contenu : les composants du kit sont disponibles sans import`,
      });
      return;
    }
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

    for (const match of text.matchAll(TAG)) {
      const [, closing, name, rawAttributes = '', selfClosing] = match;
      const tag = name!;
      const lower = tag.toLowerCase();
      if (DANGEROUS_HTML.has(lower)) {
        findings.push({ line, message: `la balise <${lower}> est interdite dans le contenu du kit` });
        continue;
      }
      const spec = KIT_COMPONENTS[tag];
      if (!spec && !ALLOWED_HTML.has(tag)) {
        const known = Object.keys(KIT_COMPONENTS).join(', ');
        findings.push({
          line,
          message: `balise <${tag}> non autorisée : seuls les composants du kit (${known}) et ${[...ALLOWED_HTML].map((t) => `<${t}>`).join(', ')} sont acceptés`,
        });
        continue;
      }
      const attributes: Record<string, string> = {};
      for (const attribute of rawAttributes.matchAll(ATTRIBUTE)) {
        const [, key, value] = attribute;
        if (/^on/i.test(key!)) {
          findings.push({ line, message: `l'attribut « ${key} » (gestionnaire d'événement) est interdit` });
          continue;
        }
        if (value === undefined || !/^["']/.test(value)) {
          findings.push({ line, message: `l'attribut « ${key} » de <${tag}> doit avoir une valeur entre guillemets, par exemple ${key}="…"` });
          continue;
        }
        attributes[key!] = value.slice(1, -1);
      }
      if (!spec) continue;
      if (closing) {
        const open = openBlocks.pop();
        if (!open || open.name !== tag) {
          findings.push({ line, message: `fermeture </${tag}> sans ouverture correspondante` });
        }
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
  });

  for (const open of openBlocks) {
    findings.push({ line: open.line, message: `<${open.name}> ouvert ici n'est jamais fermé (</${open.name}> manquant)` });
  }
  return { findings, components };
}
