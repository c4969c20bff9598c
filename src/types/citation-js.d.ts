/** The small part of citation-js (0.8 line, no types of its own) the kit uses. */
declare module '@citation-js/core' {
  export interface CslName {
    literal?: string;
    family?: string;
    given?: string;
  }
  export interface CslItem {
    id: string;
    type: string;
    title?: string;
    author?: CslName[];
    issued?: { 'date-parts'?: (number | string)[][] };
    publisher?: string;
    'container-title'?: string;
    URL?: string;
    language?: string;
    'citation-key'?: string;
    [field: string]: unknown;
  }
  export class Cite {
    constructor(data: unknown);
    data: CslItem[];
    format(format: 'bibtex' | 'ris' | 'biblatex', options?: Record<string, unknown>): string;
    format(format: 'data', options?: { format?: 'text' | 'object' }): string;
    format(format: 'bibliography', options?: { format?: 'text' | 'html'; template?: string; lang?: string; entry?: string | string[]; asEntryArray?: boolean }): string;
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
