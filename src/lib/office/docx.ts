/**
 * The DOCX writer: the same document model as the ODT, written with the `docx` package. Looks are
 * named styles (Word's own heading styles, shown « Titre 1 », « Titre 2 »… in a French Word; the
 * kit's callouts, checklist, spaces to write in), lists use real numbering that restarts with each
 * list, tables are real tables with a repeated header row, and the boxes of checklists are Word
 * check boxes that tick with a click.
 */
import {
  AlignmentType,
  BorderStyle,
  CheckBox,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphStyleOptions,
  type ParagraphChild,
} from 'docx';
import { DOCUMENT_FONT, type Block, type CalloutKind, type Inline, type OfficeDocument } from './model.ts';
import { footerText } from './footer.ts';
import { blankWidth } from './odt.ts';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;
/** Text width of an A4 page with 2 cm margins, in twentieths of a point. */
const TEXT_WIDTH = 9638;
const CALLOUTS: Record<CalloutKind, { id: string; name: string; border: string; background: string }> = {
  exemple: { id: 'EncadreExemple', name: 'Encadré Exemple', border: '1F5F8B', background: 'EAF3F9' },
  attention: { id: 'EncadreAttention', name: 'Encadré Attention', border: 'A3391F', background: 'FBECE7' },
  astuce: { id: 'EncadreAstuce', name: 'Encadré Astuce', border: '2F6B3A', background: 'EBF5EC' },
};
const STYLE = { body: 'Corps', lead: 'Chapeau', tag: 'Etiquette', meta: 'Information', checkItem: 'CaseACocher', checkDetail: 'DetailCase', writeLine: 'LigneARemplir', quote: 'Citation', code: 'Code', tableHeading: 'TableauEntete', tableContents: 'TableauContenu', footer: 'PiedDePage' };
const CHAR = { blank: 'ZoneARemplir', placeholder: 'ARemplacer', link: 'Hyperlink', code: 'CodeCaractere' };

export async function writeDocx(doc: OfficeDocument): Promise<Uint8Array> {
  const writer = new BodyWriter();
  const children = doc.blocks.flatMap((block) => writer.block(block, { style: STYLE.body, level: 0 }));
  const document = new Document({
    title: doc.title,
    subject: doc.subject,
    creator: 'Kit de la participation citoyenne',
    description: `${doc.subject}. Source : ${doc.source}`,
    keywords: 'participation citoyenne, solidarité',
    styles: styles(),
    numbering: { config: writer.numberingConfig() },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134, footer: 567 } } },
        footers: { default: new Footer({ children: [new Paragraph({ style: STYLE.footer, children: [new TextRun(footerText(doc))] })] }) },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

interface Place {
  /** The paragraph style around: the body's, or a callout's. */
  style: string;
  /** The list level, for lists inside lists. */
  level: number;
}

class BodyWriter {
  private numberedInstances = 0;
  private bulletInstances = 0;
  private readonly starts = new Set<number>([1]);

  block(block: Block, place: Place): (Paragraph | Table)[] {
    switch (block.kind) {
      case 'heading':
        return [new Paragraph({ heading: HEADINGS[block.level - 1], children: runs(block.content) })];
      case 'paragraph': {
        const style = block.role === 'lead' ? STYLE.lead : block.role === 'tag' ? STYLE.tag : block.role === 'meta' ? STYLE.meta : place.style;
        // A paragraph that is only a space to write in becomes a line to write on.
        if (block.content.length === 1 && block.content[0]!.kind === 'blank' && place.style === STYLE.body) return [new Paragraph({ style: STYLE.writeLine, children: [] })];
        return [new Paragraph({ style, children: runs(block.content) })];
      }
      case 'list':
        return this.list(block, place);
      case 'table':
        return [table(block)];
      case 'callout': {
        const style = CALLOUTS[block.callout].id;
        return [new Paragraph({ style: `${style}Titre`, children: [new TextRun(block.label)] }), ...block.blocks.flatMap((inner) => this.block(inner, { style, level: place.level }))];
      }
      case 'checklist':
        return block.items.flatMap((item) => [
          new Paragraph({ style: STYLE.checkItem, children: [new CheckBox({ checked: false }), new TextRun(' '), ...runs(item.content)] }),
          ...(item.detail ? [new Paragraph({ style: STYLE.checkDetail, children: runs(item.detail) })] : []),
        ]);
      case 'quote':
        return block.blocks.flatMap((inner) => this.block(inner, { ...place, style: STYLE.quote }));
      case 'code':
        return block.text.split('\n').map((line) => new Paragraph({ style: STYLE.code, children: [new TextRun(line)] }));
      case 'rule':
        return [new Paragraph({ style: STYLE.body, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '808080', space: 1 } }, children: [] })];
    }
  }

  private list(block: Extract<Block, { kind: 'list' }>, place: Place): (Paragraph | Table)[] {
    const start = block.start ?? 1;
    if (block.ordered) this.starts.add(start);
    const reference = block.ordered ? `numeros-${start}` : 'puces';
    // Each list its own instance: a numbered list starts again at its first number.
    const instance = block.ordered ? ++this.numberedInstances : ++this.bulletInstances;
    const level = Math.min(place.level, 3);
    const itemStyle = place.style === STYLE.body ? STYLE.body : place.style;
    return block.items.flatMap((item) => {
      const out: (Paragraph | Table)[] = [];
      item.forEach((inner, index) => {
        if (index === 0 && inner.kind === 'paragraph' && !inner.role) {
          out.push(new Paragraph({ style: itemStyle, numbering: { reference, level, instance }, children: runs(inner.content) }));
        } else if (inner.kind === 'paragraph' && !inner.role) {
          out.push(new Paragraph({ style: itemStyle, indent: { left: 720 * (level + 1) }, children: runs(inner.content) }));
        } else out.push(...this.block(inner, { style: itemStyle, level: level + 1 }));
      });
      if (!item.length) out.push(new Paragraph({ style: itemStyle, numbering: { reference, level, instance }, children: [] }));
      return out;
    });
  }

  numberingConfig() {
    const levels = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (level: number) => string, start = 1) =>
      [0, 1, 2, 3].map((level) => ({ level, format, text: text(level), start, alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567 * (level + 1), hanging: 340 } } } }));
    return [
      { reference: 'puces', levels: levels(LevelFormat.BULLET, (level) => (level === 0 ? '•' : '–')) },
      ...[...this.starts].map((start) => ({
        reference: `numeros-${start}`,
        levels: [0, 1, 2, 3].map((level) => ({ ...levels(level === 1 ? LevelFormat.LOWER_LETTER : LevelFormat.DECIMAL, () => `%${level + 1}.`, level === 0 ? start : 1)[level]! })),
      })),
    ];
  }
}

function table(block: Extract<Block, { kind: 'table' }>): Table {
  const columns = Math.max(block.header.length, ...block.rows.map((row) => row.length), 1);
  const width = Math.floor(TEXT_WIDTH / columns);
  const row = (cells: Inline[][], header: boolean) =>
    new TableRow({
      ...(header ? { tableHeader: true } : {}),
      cantSplit: true,
      children: Array.from({ length: columns }, (_, i) => new TableCell({ width: { size: width, type: WidthType.DXA }, margins: { top: 60, bottom: 60, left: 100, right: 100 }, children: [new Paragraph({ style: header ? STYLE.tableHeading : STYLE.tableContents, children: runs(cells[i] ?? []) })] })),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => width),
    rows: [...(block.header.length ? [row(block.header, true)] : []), ...block.rows.map((cells) => row(cells, false))],
  });
}

function runs(content: Inline[]): ParagraphChild[] {
  return content.map((piece): ParagraphChild => {
    switch (piece.kind) {
      case 'text':
        return new TextRun({ text: piece.text, bold: piece.bold, italics: piece.italic, ...(piece.code ? { style: CHAR.code } : {}) });
      case 'link':
        return new ExternalHyperlink({ link: piece.href, children: piece.children.map((child) => (child.kind === 'text' ? new TextRun({ text: child.text, bold: child.bold, italics: child.italic, style: CHAR.link }) : new TextRun({ text: linkText(child), style: CHAR.link }))) });
      case 'blank':
        return new TextRun({ text: '\u00a0'.repeat(blankWidth(piece.length)), style: CHAR.blank });
      case 'box':
        return new CheckBox({ checked: false });
      case 'placeholder':
        return new TextRun({ text: piece.text, style: CHAR.placeholder });
      case 'break':
        return new TextRun({ break: 1 });
    }
  });
}

function linkText(piece: Inline): string {
  return piece.kind === 'text' || piece.kind === 'placeholder' ? piece.text : piece.kind === 'box' ? '☐' : '';
}

function styles() {
  const font = DOCUMENT_FONT.name;
  const headingRun = (size: number) => ({ font, size, bold: true, color: '1A2B4A' });
  const headingParagraph = (before: number) => ({ spacing: { before, after: 120 }, keepNext: true, keepLines: true });
  const paragraph = (id: string, name: string, options: Omit<IParagraphStyleOptions, 'id' | 'name'> = {}): IParagraphStyleOptions => ({ id, name, basedOn: STYLE.body, next: STYLE.body, quickFormat: true, ...options });
  const callouts = Object.values(CALLOUTS).flatMap((callout) => {
    const box = { border: { left: { style: BorderStyle.SINGLE, size: 24, color: callout.border, space: 8 } }, shading: { type: ShadingType.CLEAR, fill: callout.background, color: 'auto' }, indent: { left: 200, right: 200 }, spacing: { before: 0, after: 0 } };
    return [
      paragraph(callout.id, callout.name, { paragraph: box }),
      paragraph(`${callout.id}Titre`, `${callout.name} (titre)`, { next: callout.id, run: { bold: true, color: callout.border }, paragraph: { ...box, spacing: { before: 200, after: 0 }, keepNext: true } }),
    ];
  });
  return {
    default: {
      document: { run: { font, size: 24, language: { value: 'fr-FR' } }, paragraph: { spacing: { line: 312 } } },
      heading1: { run: headingRun(40), paragraph: headingParagraph(360) },
      heading2: { run: headingRun(32), paragraph: headingParagraph(300) },
      heading3: { run: headingRun(27), paragraph: headingParagraph(240) },
      heading4: { run: headingRun(24), paragraph: headingParagraph(200) },
    },
    paragraphStyles: [
      { id: STYLE.body, name: 'Corps de texte', quickFormat: true, run: { font, size: 24 }, paragraph: { spacing: { after: 140 } } },
      paragraph(STYLE.lead, 'Chapeau', { run: { size: 26 } }),
      paragraph(STYLE.tag, 'Étiquette', { run: { size: 20, bold: true, allCaps: true, color: '4A4A4A' }, paragraph: { spacing: { after: 60 }, keepNext: true } }),
      paragraph(STYLE.meta, 'Information', { paragraph: { spacing: { after: 60 } } }),
      paragraph(STYLE.checkItem, 'Case à cocher', { paragraph: { indent: { left: 454, hanging: 454 }, spacing: { before: 80, after: 0 } } }),
      paragraph(STYLE.checkDetail, 'Détail de la case', { run: { size: 21, color: '4A4A4A' }, paragraph: { indent: { left: 454 }, spacing: { after: 60 } } }),
      paragraph(STYLE.writeLine, 'Ligne à remplir', { paragraph: { border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '000000', space: 1 } }, spacing: { before: 280, after: 60 } } }),
      paragraph(STYLE.quote, 'Citation', { run: { italics: true }, paragraph: { indent: { left: 567, right: 567 } } }),
      paragraph(STYLE.code, 'Code', { run: { size: 20 }, paragraph: { spacing: { after: 0 } } }),
      paragraph(STYLE.tableHeading, 'En-tête de tableau', { run: { bold: true }, paragraph: { spacing: { after: 0 } } }),
      paragraph(STYLE.tableContents, 'Contenu de tableau', { paragraph: { spacing: { after: 0 } } }),
      paragraph(STYLE.footer, 'Pied de page du kit', { run: { size: 18, color: '4A4A4A' }, paragraph: { spacing: { after: 0 } } }),
      ...callouts,
    ],
    characterStyles: [
      { id: CHAR.blank, name: 'Zone à remplir', run: { underline: { type: 'single' as const } } },
      { id: CHAR.placeholder, name: 'À remplacer', run: { bold: true, highlight: 'yellow' as const } },
      { id: CHAR.link, name: 'Hyperlink', run: { color: '1F5F8B', underline: { type: 'single' as const } } },
      { id: CHAR.code, name: 'Code (caractères)', run: { font: 'Courier New' } },
    ],
  };
}
