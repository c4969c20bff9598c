/**
 * The ODT writer: a document model as an OpenDocument Text package (ODF 1.3). The package is a
 * zip whose first entry is `mimetype`, stored uncompressed, so that a program can tell what the
 * file is from its first bytes; then content.xml, styles.xml, meta.xml and the manifest.
 *
 * Every look is a named style in styles.xml (headings, callouts, checklists, spaces to write in),
 * so a person restyles the whole document by changing one style. Headings use the application's
 * own heading styles (shown « Titre 1 », « Titre 2 »… in a French LibreOffice), with their outline
 * level, so the navigator and an inserted table of contents work.
 */
import { zipSync, strToU8 } from 'fflate';
import { DOCUMENT_FONT, type Block, type CalloutKind, type Inline, type OfficeDocument } from './model.ts';
import { XML_DECLARATION, element, escapeXml } from './xml.ts';
import { footerText } from './footer.ts';

export const ODT_MIME = 'application/vnd.oasis.opendocument.text';

const NS = {
  'xmlns:office': 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  'xmlns:style': 'urn:oasis:names:tc:opendocument:xmlns:style:1.0',
  'xmlns:text': 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
  'xmlns:table': 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
  'xmlns:fo': 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0',
  'xmlns:svg': 'urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0',
  'xmlns:xlink': 'http://www.w3.org/1999/xlink',
  'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
  'xmlns:meta': 'urn:oasis:names:tc:opendocument:xmlns:meta:1.0',
  'office:version': '1.3',
};

/** Style names as written in the files (ODF encodes a space as `_20_`) and as the user sees them. */
const STYLE = {
  body: ['Text_20_body', 'Text body'],
  lead: ['Chapeau', 'Chapeau'],
  tag: ['Etiquette', 'Étiquette'],
  meta: ['Information', 'Information'],
  listItem: ['List_20_Contents', 'List Contents'],
  checkItem: ['Case_20_a_20_cocher', 'Case à cocher'],
  checkDetail: ['Detail_20_de_20_la_20_case', 'Détail de la case'],
  writeLine: ['Ligne_20_a_20_remplir', 'Ligne à remplir'],
  quote: ['Quotations', 'Quotations'],
  code: ['Preformatted_20_Text', 'Preformatted Text'],
  tableHeading: ['Table_20_Heading', 'Table Heading'],
  tableContents: ['Table_20_Contents', 'Table Contents'],
  footer: ['Footer', 'Footer'],
  rule: ['Horizontal_20_Line', 'Horizontal Line'],
} as const;
const CALLOUT_STYLE: Record<CalloutKind, { name: string; title: string; border: string; background: string }> = {
  exemple: { name: 'Encadre_20_Exemple', title: 'Encadré Exemple', border: '#1f5f8b', background: '#eaf3f9' },
  attention: { name: 'Encadre_20_Attention', title: 'Encadré Attention', border: '#a3391f', background: '#fbece7' },
  astuce: { name: 'Encadre_20_Astuce', title: 'Encadré Astuce', border: '#2f6b3a', background: '#ebf5ec' },
};
const CHAR = { strong: 'Strong_20_Emphasis', emphasis: 'Emphasis', code: 'Source_20_Text', blank: 'Zone_20_a_20_remplir', placeholder: 'A_20_remplacer', box: 'Case', link: 'Internet_20_link' };

export function writeOdt(doc: OfficeDocument): Uint8Array {
  // Entry order matters: mimetype first, stored (level 0); the rest compressed.
  const mtime = new Date('2000-01-01T00:00:00Z');
  return zipSync(
    {
      mimetype: [strToU8(ODT_MIME), { level: 0, mtime }],
      'content.xml': [strToU8(contentXml(doc)), { level: 6, mtime }],
      'styles.xml': [strToU8(stylesXml(doc)), { level: 6, mtime }],
      'meta.xml': [strToU8(metaXml(doc)), { level: 6, mtime }],
      'META-INF/manifest.xml': [strToU8(manifestXml()), { level: 6, mtime }],
    },
    { mtime },
  );
}

function fontDecls(): string {
  const family = [DOCUMENT_FONT.name, ...DOCUMENT_FONT.fallbacks].map((name) => (name.includes(' ') ? `'${name}'` : name)).join(', ');
  return element('office:font-face-decls', {}, element('style:font-face', { 'style:name': DOCUMENT_FONT.name, 'svg:font-family': family, 'style:font-family-generic': 'swiss', 'style:font-pitch': 'variable' }));
}

export function contentXml(doc: OfficeDocument): string {
  const writer = new BodyWriter();
  const body = doc.blocks.map((block) => writer.block(block, STYLE.body[0])).join('');
  return (
    XML_DECLARATION +
    element('office:document-content', NS, [
      fontDecls(),
      element('office:automatic-styles', {}, writer.automaticStyles()),
      element('office:body', {}, element('office:text', {}, body)),
    ])
  );
}

class BodyWriter {
  private tables: number[] = [];

  block(block: Block, paragraphStyle: string): string {
    switch (block.kind) {
      case 'heading':
        return element('text:h', { 'text:style-name': `Heading_20_${block.level}`, 'text:outline-level': block.level }, inlines(block.content));
      case 'paragraph': {
        const style = block.role === 'lead' ? STYLE.lead[0] : block.role === 'tag' ? STYLE.tag[0] : block.role === 'meta' ? STYLE.meta[0] : paragraphStyle;
        // A paragraph that is only a space to write in becomes a line to write on.
        if (block.content.length === 1 && block.content[0]!.kind === 'blank' && paragraphStyle === STYLE.body[0]) return element('text:p', { 'text:style-name': STYLE.writeLine[0] });
        return paragraph(style, block.content);
      }
      case 'list':
        return this.list(block, paragraphStyle);
      case 'table':
        return this.table(block);
      case 'callout': {
        const style = CALLOUT_STYLE[block.callout].name;
        const title = element('text:p', { 'text:style-name': `${style}_20_titre` }, escapeText(block.label));
        return title + block.blocks.map((inner) => this.block(inner, style)).join('');
      }
      case 'checklist':
        return block.items
          .map((item) => paragraph(STYLE.checkItem[0], [{ kind: 'box' }, { kind: 'text', text: ' ' }, ...item.content]) + (item.detail ? paragraph(STYLE.checkDetail[0], item.detail) : ''))
          .join('');
      case 'quote':
        return block.blocks.map((inner) => this.block(inner, STYLE.quote[0])).join('');
      case 'code':
        return block.text.split('\n').map((line) => element('text:p', { 'text:style-name': STYLE.code[0] }, escapeText(line))).join('');
      case 'rule':
        return element('text:p', { 'text:style-name': STYLE.rule[0] });
    }
  }

  private list(block: Extract<Block, { kind: 'list' }>, paragraphStyle: string): string {
    const itemStyle = paragraphStyle === STYLE.body[0] ? STYLE.listItem[0] : paragraphStyle;
    const items = block.items.map((item, index) =>
      element(
        'text:list-item',
        index === 0 && block.start ? { 'text:start-value': block.start } : {},
        item.length ? item.map((inner) => (inner.kind === 'paragraph' && !inner.role ? paragraph(itemStyle, inner.content) : this.block(inner, itemStyle))).join('') : element('text:p', { 'text:style-name': itemStyle }),
      ),
    );
    return element('text:list', { 'text:style-name': block.ordered ? 'Liste_20_numerotee' : 'Liste_20_a_20_puces' }, items);
  }

  private table(block: Extract<Block, { kind: 'table' }>): string {
    const columns = Math.max(block.header.length, ...block.rows.map((row) => row.length), 1);
    const index = this.tables.push(columns);
    const name = `Tableau${index}`;
    const row = (cells: Inline[][], style: string) =>
      element(
        'table:table-row',
        {},
        Array.from({ length: columns }, (_, i) => element('table:table-cell', { 'table:style-name': 'Cellule', 'office:value-type': 'string' }, paragraph(style, cells[i] ?? []))),
      );
    return element('table:table', { 'table:name': name, 'table:style-name': name }, [
      element('table:table-column', { 'table:style-name': `${name}.A`, 'table:number-columns-repeated': columns }),
      ...(block.header.length ? [element('table:table-header-rows', {}, row(block.header, STYLE.tableHeading[0]))] : []),
      ...block.rows.map((cells) => row(cells, STYLE.tableContents[0])),
    ]);
  }

  automaticStyles(): string {
    const cell = element('style:style', { 'style:name': 'Cellule', 'style:family': 'table-cell' }, element('style:table-cell-properties', { 'fo:padding': '0.1cm', 'fo:border': '0.5pt solid #555555' }));
    return (
      cell +
      this.tables
        .map((columns, i) => {
          const name = `Tableau${i + 1}`;
          return (
            element('style:style', { 'style:name': name, 'style:family': 'table' }, element('style:table-properties', { 'style:width': '17cm', 'table:align': 'margins', 'fo:margin-top': '0.2cm', 'fo:margin-bottom': '0.3cm' })) +
            element('style:style', { 'style:name': `${name}.A`, 'style:family': 'table-column' }, element('style:table-column-properties', { 'style:column-width': `${(17 / columns).toFixed(3)}cm` }))
          );
        })
        .join('')
    );
  }
}

function paragraph(style: string, content: Inline[]): string {
  return element('text:p', { 'text:style-name': style }, inlines(content));
}

function inlines(content: Inline[]): string {
  return content.map(inline).join('');
}

function inline(piece: Inline): string {
  switch (piece.kind) {
    case 'text': {
      let out = escapeText(piece.text);
      if (piece.code) out = element('text:span', { 'text:style-name': CHAR.code }, out);
      if (piece.italic) out = element('text:span', { 'text:style-name': CHAR.emphasis }, out);
      if (piece.bold) out = element('text:span', { 'text:style-name': CHAR.strong }, out);
      return out;
    }
    case 'link':
      return element('text:a', { 'xlink:type': 'simple', 'xlink:href': piece.href, 'text:style-name': CHAR.link }, inlines(piece.children));
    case 'blank':
      // No-break spaces, underlined by the style: a line to write on that keeps its length.
      return element('text:span', { 'text:style-name': CHAR.blank }, '\u00a0'.repeat(blankWidth(piece.length)));
    case 'box':
      return element('text:span', { 'text:style-name': CHAR.box }, '☐');
    case 'placeholder':
      return element('text:span', { 'text:style-name': CHAR.placeholder }, escapeText(piece.text));
    case 'break':
      return '<text:line-break/>';
  }
}

/** The number of spaces a blank of `length` underscores takes: about the same width on paper. */
export function blankWidth(length: number): number {
  return Math.max(6, Math.round(length * 1.2));
}

/** Text for a paragraph: ODF collapses runs of spaces, so each extra space, tab and newline is written out. */
function escapeText(text: string): string {
  return escapeXml(text).replace(/ {2,}|\t|\n/g, (run) => (run === '\t' ? '<text:tab/>' : run === '\n' ? '<text:line-break/>' : ` <text:s text:c="${run.length - 1}"/>`));
}

function paragraphStyle(name: string, display: string, paragraphProps: Record<string, string>, textProps: Record<string, string> = {}, extra: Record<string, string | number> = {}): string {
  return element('style:style', { 'style:name': name, 'style:display-name': display, 'style:family': 'paragraph', 'style:parent-style-name': 'Standard', 'style:class': 'text', ...extra }, [
    Object.keys(paragraphProps).length ? element('style:paragraph-properties', paragraphProps) : '',
    Object.keys(textProps).length ? element('style:text-properties', textProps) : '',
  ]);
}

function textStyle(name: string, display: string, props: Record<string, string>): string {
  return element('style:style', { 'style:name': name, 'style:display-name': display, 'style:family': 'text' }, element('style:text-properties', props));
}

function listStyle(name: string, display: string, ordered: boolean): string {
  const levels = Array.from({ length: 4 }, (_, i) => {
    const level = i + 1;
    const properties = element(
      'style:list-level-properties',
      { 'text:list-level-position-and-space-mode': 'label-alignment' },
      element('style:list-level-label-alignment', { 'text:label-followed-by': 'listtab', 'text:list-tab-stop-position': `${0.9 * level}cm`, 'fo:text-indent': '-0.6cm', 'fo:margin-left': `${0.9 * level}cm` }),
    );
    return ordered
      ? element('text:list-level-style-number', { 'text:level': level, 'style:num-suffix': '.', 'style:num-format': level === 2 ? 'a' : '1' }, properties)
      : element('text:list-level-style-bullet', { 'text:level': level, 'text:bullet-char': level === 1 ? '•' : '–' }, properties);
  });
  return element('text:list-style', { 'style:name': name, 'style:display-name': display }, levels);
}

export function stylesXml(doc: OfficeDocument): string {
  const font = { 'style:font-name': DOCUMENT_FONT.name, 'fo:language': 'fr', 'fo:country': 'FR' };
  const callouts = Object.values(CALLOUT_STYLE).flatMap((style) => {
    const box = { 'fo:background-color': style.background, 'fo:border-left': `3pt solid ${style.border}`, 'fo:padding': '0.2cm', 'fo:margin-left': '0cm', 'fo:margin-top': '0cm', 'fo:margin-bottom': '0cm', 'style:join-border': 'true' };
    return [
      paragraphStyle(style.name, style.title, box),
      paragraphStyle(`${style.name}_20_titre`, `${style.title} (titre)`, { ...box, 'fo:margin-top': '0.3cm', 'fo:keep-with-next': 'always' }, { 'fo:font-weight': 'bold', 'fo:color': style.border }, { 'style:next-style-name': style.name }),
    ];
  });
  const headings = ([1, 2, 3, 4] as const).map((level) =>
    element('style:style', { 'style:name': `Heading_20_${level}`, 'style:display-name': `Heading ${level}`, 'style:family': 'paragraph', 'style:parent-style-name': 'Heading', 'style:next-style-name': STYLE.body[0], 'style:default-outline-level': level, 'style:class': 'text' }, [
      element('style:paragraph-properties', { 'fo:margin-top': ['0.6cm', '0.5cm', '0.4cm', '0.3cm'][level - 1]!, 'fo:margin-bottom': '0.2cm', 'fo:keep-with-next': 'always' }),
      element('style:text-properties', { 'fo:font-size': ['20pt', '16pt', '13.5pt', '12pt'][level - 1]!, 'fo:font-weight': 'bold', 'fo:color': '#1a2b4a' }),
    ]),
  );
  const styles = [
    element('style:default-style', { 'style:family': 'paragraph' }, [
      element('style:paragraph-properties', { 'fo:line-height': '130%', 'style:writing-mode': 'lr-tb' }),
      element('style:text-properties', { ...font, 'fo:font-size': '12pt', 'fo:hyphenate': 'false' }),
    ]),
    element('style:style', { 'style:name': 'Standard', 'style:family': 'paragraph', 'style:class': 'text' }),
    paragraphStyle(STYLE.body[0], STYLE.body[1], { 'fo:margin-top': '0cm', 'fo:margin-bottom': '0.25cm' }),
    element('style:style', { 'style:name': 'Heading', 'style:family': 'paragraph', 'style:parent-style-name': 'Standard', 'style:next-style-name': STYLE.body[0], 'style:class': 'text' }, element('style:text-properties', font)),
    ...headings,
    paragraphStyle(STYLE.lead[0], STYLE.lead[1], { 'fo:margin-bottom': '0.3cm' }, { 'fo:font-size': '13pt' }, { 'style:parent-style-name': STYLE.body[0] }),
    paragraphStyle(STYLE.tag[0], STYLE.tag[1], { 'fo:margin-bottom': '0.1cm', 'fo:keep-with-next': 'always' }, { 'fo:font-size': '10pt', 'fo:font-weight': 'bold', 'fo:text-transform': 'uppercase', 'fo:color': '#4a4a4a' }),
    paragraphStyle(STYLE.meta[0], STYLE.meta[1], { 'fo:margin-bottom': '0.1cm' }, {}, { 'style:parent-style-name': STYLE.body[0] }),
    paragraphStyle(STYLE.listItem[0], STYLE.listItem[1], { 'fo:margin-bottom': '0.1cm' }, {}, { 'style:parent-style-name': STYLE.body[0] }),
    paragraphStyle(STYLE.checkItem[0], STYLE.checkItem[1], { 'fo:margin-left': '0.8cm', 'fo:text-indent': '-0.8cm', 'fo:margin-top': '0.15cm', 'fo:margin-bottom': '0cm' }),
    paragraphStyle(STYLE.checkDetail[0], STYLE.checkDetail[1], { 'fo:margin-left': '0.8cm', 'fo:margin-bottom': '0.1cm' }, { 'fo:font-size': '10.5pt', 'fo:color': '#4a4a4a' }),
    paragraphStyle(STYLE.writeLine[0], STYLE.writeLine[1], { 'fo:border-bottom': '0.5pt solid #000000', 'fo:margin-top': '0.5cm', 'fo:margin-bottom': '0.1cm', 'style:join-border': 'false' }),
    paragraphStyle(STYLE.quote[0], STYLE.quote[1], { 'fo:margin-left': '1cm', 'fo:margin-right': '1cm', 'fo:margin-bottom': '0.25cm' }, { 'fo:font-style': 'italic' }),
    paragraphStyle(STYLE.code[0], STYLE.code[1], { 'fo:margin-bottom': '0cm' }, { 'style:font-name': DOCUMENT_FONT.name, 'fo:font-size': '10pt' }),
    paragraphStyle(STYLE.tableHeading[0], STYLE.tableHeading[1], {}, { 'fo:font-weight': 'bold' }),
    paragraphStyle(STYLE.tableContents[0], STYLE.tableContents[1], {}),
    paragraphStyle(STYLE.rule[0], STYLE.rule[1], { 'fo:border-bottom': '0.5pt solid #808080', 'fo:margin-bottom': '0.3cm' }),
    paragraphStyle(STYLE.footer[0], STYLE.footer[1], {}, { 'fo:font-size': '9pt', 'fo:color': '#4a4a4a' }),
    ...callouts,
    textStyle(CHAR.strong, 'Strong Emphasis', { 'fo:font-weight': 'bold' }),
    textStyle(CHAR.emphasis, 'Emphasis', { 'fo:font-style': 'italic' }),
    textStyle(CHAR.code, 'Source Text', { 'fo:font-family': 'monospace' }),
    textStyle(CHAR.link, 'Internet link', { 'fo:color': '#1f5f8b', 'style:text-underline-style': 'solid', 'style:text-underline-width': 'auto', 'style:text-underline-color': 'font-color' }),
    textStyle(CHAR.blank, 'Zone à remplir', { 'style:text-underline-style': 'solid', 'style:text-underline-width': 'auto', 'style:text-underline-color': 'font-color' }),
    textStyle(CHAR.placeholder, 'À remplacer', { 'fo:background-color': '#fff3b0', 'fo:font-weight': 'bold' }),
    textStyle(CHAR.box, 'Case', { 'fo:font-size': '14pt' }),
    listStyle('Liste_20_a_20_puces', 'Liste à puces', false),
    listStyle('Liste_20_numerotee', 'Liste numérotée', true),
  ];
  const pageLayout = element('style:page-layout', { 'style:name': 'Mise_en_page' }, [
    element('style:page-layout-properties', { 'fo:page-width': '21cm', 'fo:page-height': '29.7cm', 'style:print-orientation': 'portrait', 'fo:margin-top': '2cm', 'fo:margin-bottom': '1.5cm', 'fo:margin-left': '2cm', 'fo:margin-right': '2cm' }),
    element('style:footer-style', {}, element('style:header-footer-properties', { 'fo:min-height': '0.6cm', 'fo:margin-top': '0.4cm' })),
  ]);
  return (
    XML_DECLARATION +
    element('office:document-styles', NS, [
      fontDecls(),
      element('office:styles', {}, styles),
      element('office:automatic-styles', {}, pageLayout),
      element('office:master-styles', {}, element('style:master-page', { 'style:name': 'Standard', 'style:page-layout-name': 'Mise_en_page' }, element('style:footer', {}, element('text:p', { 'text:style-name': STYLE.footer[0] }, escapeText(footerText(doc)))))),
    ])
  );
}

export function metaXml(doc: OfficeDocument): string {
  return (
    XML_DECLARATION +
    element('office:document-meta', NS, element('office:meta', {}, [
      element('meta:generator', {}, escapeXml('Kit de la participation citoyenne (construction du site)')),
      element('dc:title', {}, escapeXml(doc.title)),
      element('dc:subject', {}, escapeXml(doc.subject)),
      element('dc:language', {}, doc.language),
      element('meta:creation-date', {}, doc.created),
      element('dc:date', {}, doc.created),
      element('meta:user-defined', { 'meta:name': 'Source' }, escapeXml(doc.source)),
      element('meta:user-defined', { 'meta:name': 'Licence' }, escapeXml(doc.licence)),
    ]))
  );
}

function manifestXml(): string {
  const entry = (path: string, type: string, version?: string) => element('manifest:file-entry', { 'manifest:full-path': path, ...(version ? { 'manifest:version': version } : {}), 'manifest:media-type': type });
  return (
    XML_DECLARATION +
    element('manifest:manifest', { 'xmlns:manifest': 'urn:oasis:names:tc:opendocument:xmlns:manifest:1.0', 'manifest:version': '1.3' }, [
      entry('/', ODT_MIME, '1.3'),
      entry('content.xml', 'text/xml'),
      entry('styles.xml', 'text/xml'),
      entry('meta.xml', 'text/xml'),
    ])
  );
}
