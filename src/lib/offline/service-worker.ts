/**
 * The one home of what the service worker, the build step that writes it and the pages that
 * talk to it must agree on: file names, cache names, what is precached and what is kept only
 * once opened. Pure data and functions: the build (node) and the pages (browser) both import it.
 */

/** The service worker, at the root of the build so that its scope is the whole site (or sub-path). */
export const SERVICE_WORKER_FILE = 'sw.js';
/** Written by the build after the PDFs: the documents a reader can save, with their sizes. */
export const DOCUMENTS_FILE = 'hors-ligne/documents.json';
/** The page served, offline, for an address that was never saved. */
export const OFFLINE_FALLBACK_FILE = 'hors-ligne/reseau-absent/index.html';
/** Files too big to precache for everyone: kept only once opened, or on « Tout enregistrer ». */
export const DOCUMENT_EXTENSIONS = ['pdf', 'odt', 'docx'] as const;
/** The ceiling for what every first visit downloads. */
export const PRECACHE_LIMIT_BYTES = 5 * 1000 * 1000;

/** Precached: every page and what it needs to show, search and run its islands. */
export const PRECACHE_PATTERNS = ['**/*.{html,css,js,mjs,json,svg,png,woff2,webmanifest,pagefind,pf_meta,pf_index,pf_fragment,pf_filter}'];
export const PRECACHE_IGNORES = [
  SERVICE_WORKER_FILE,
  // Pagefind writes its other interfaces too; the search page bundles its own components.
  'pagefind/pagefind-ui.*',
  'pagefind/pagefind-modular-ui.*',
  'pagefind/pagefind-component-ui.*',
  'pagefind/pagefind-highlight.js',
  // Pages with no language; the kit is indexed in French only (forceLanguage).
  'pagefind/wasm.unknown.pagefind',
  // Print-only pages: the PDF step removes them; a PDF=0 build may leave them.
  'impression/**',
];

/**
 * Cache of the opened documents. A site hosted under a sub-path shares its origin's storage
 * with its neighbours: the base keeps each kit's cache apart.
 */
export function documentCacheName(base: string): string {
  return `kit-documents:${base}`;
}

/**
 * A static host serves the same file whatever the query: the precache ignores every parameter, so
 * that `/recherche/?q=mot` opens the saved search page and Pagefind's `pagefind-entry.json?ts=…`
 * (a time, or its metaCacheTag) the saved entry file.
 */
export const IGNORED_URL_PARAMETERS = [/.*/];

export interface SavedDocument {
  /** Site path with base, as the page fetches it. */
  url: string;
  bytes: number;
}

export interface DocumentsFile {
  documents: SavedDocument[];
}

/** A site path (without base) is a document when its extension is one of DOCUMENT_EXTENSIONS. */
export function isDocumentPath(path: string): boolean {
  const extension = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  return extension !== undefined && (DOCUMENT_EXTENSIONS as readonly string[]).includes(extension);
}
