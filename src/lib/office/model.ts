/**
 * The one document model behind the editable downloads (ODT and DOCX): built once from the same
 * content as the page and its PDF, then handed to both writers, so that a component of the kit
 * is mapped to a document once and both formats agree on what a document holds.
 */

/** A piece of text inside a paragraph, a list item or a table cell. */
export type Inline =
  | { kind: 'text'; text: string; bold?: boolean; italic?: boolean; code?: boolean }
  | { kind: 'link'; href: string; children: Inline[] }
  /** A space to write in: the `________` of the modèles, kept as a line of the same length. */
  | { kind: 'blank'; length: number }
  /** A box to tick (☐). */
  | { kind: 'box' }
  /** Text meant to be replaced, such as « [Nom de la structure] »: shown highlighted. */
  | { kind: 'placeholder'; text: string }
  | { kind: 'break' };

export type CalloutKind = 'exemple' | 'attention' | 'astuce';

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; content: Inline[] }
  | { kind: 'paragraph'; content: Inline[]; role?: 'lead' | 'tag' | 'meta' }
  | { kind: 'list'; ordered: boolean; start?: number; items: Block[][] }
  | { kind: 'table'; header: Inline[][]; rows: Inline[][][] }
  | { kind: 'callout'; callout: CalloutKind; label: string; blocks: Block[] }
  /** A list of boxes to tick, one per item, with an optional detail under the item. */
  | { kind: 'checklist'; items: { content: Inline[]; detail?: Inline[] }[] }
  | { kind: 'quote'; blocks: Block[] }
  | { kind: 'code'; text: string }
  | { kind: 'rule' };

export interface OfficeDocument {
  title: string;
  /** What the document is, for the metadata (« Fiche 5 du Kit de la participation citoyenne »). */
  subject: string;
  language: 'fr-FR';
  /** The address of the page the document comes from, printed in the footer. */
  source: string;
  licence: string;
  /** Date of generation, as printed in the footer (« 2 décembre 2026 »). */
  date: string;
  /** The same date for the metadata (ISO 8601). */
  created: string;
  blocks: Block[];
}

/** The font the site embeds, then what a computer without it should use instead. */
export const DOCUMENT_FONT = { name: 'Atkinson Hyperlegible Next', fallbacks: ['Atkinson Hyperlegible', 'Verdana', 'Arial', 'sans-serif'] } as const;

export const CALLOUT_LABELS: Record<CalloutKind, string> = { exemple: 'Exemple', attention: 'Attention', astuce: 'Astuce' };

/** The words of some inline content, as a reader sees them (a blank counts as its underscores). */
export function inlineText(content: Inline[]): string {
  return content
    .map((inline) => {
      switch (inline.kind) {
        case 'text':
          return inline.text;
        case 'link':
          return inlineText(inline.children);
        case 'blank':
          return '_'.repeat(inline.length);
        case 'box':
          return '☐';
        case 'placeholder':
          return inline.text;
        case 'break':
          return '\n';
      }
    })
    .join('');
}

/** Headings, list items and table cells of a document, in reading order: what tests compare with the page. */
export function outlineOf(blocks: Block[]): { headings: string[]; items: string[]; cells: string[] } {
  const outline = { headings: [] as string[], items: [] as string[], cells: [] as string[] };
  const walk = (list: Block[]) => {
    for (const block of list) {
      if (block.kind === 'heading') outline.headings.push(inlineText(block.content));
      else if (block.kind === 'list') {
        for (const item of block.items) {
          const first = item[0];
          if (first?.kind === 'paragraph') outline.items.push(inlineText(first.content));
          walk(item.slice(first?.kind === 'paragraph' ? 1 : 0));
        }
      } else if (block.kind === 'table') {
        for (const row of [block.header, ...block.rows]) for (const cell of row) outline.cells.push(inlineText(cell));
      } else if (block.kind === 'callout' || block.kind === 'quote') walk(block.blocks);
    }
  };
  walk(blocks);
  return outline;
}
