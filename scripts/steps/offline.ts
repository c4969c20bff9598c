/**
 * The `hors-ligne` step of `npm run build`, after Pagefind: lists the documents a reader can save
 * (PDFs and office files, with their sizes) and writes the service worker with Workbox, which
 * precaches every page, style, font, script and the search index with a revision of each file's
 * content, so that a new deploy only fetches what changed.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateSW } from 'workbox-build';
import { formatFileSize } from '../../src/lib/pdf/size.ts';
import { totalBytes } from '../../src/lib/offline/documents.ts';
import { listFiles } from '../../src/lib/site/files.ts';
import {
  DOCUMENTS_FILE,
  IGNORED_URL_PARAMETERS,
  OFFLINE_FALLBACK_FILE,
  PRECACHE_IGNORES,
  PRECACHE_LIMIT_BYTES,
  PRECACHE_PATTERNS,
  SERVICE_WORKER_FILE,
  documentCacheName,
  isDocumentPath,
  type DocumentsFile,
} from '../../src/lib/offline/service-worker.ts';

export class OfflineStepError extends Error {}

/** Writes DOCUMENTS_FILE: every document of the build, with base, largest last. */
export function writeDocumentsFile(outDir: string, base: string): DocumentsFile {
  const documents = listFiles(outDir)
    .filter(isDocumentPath)
    .map((file) => ({ url: `${base}${file}`, bytes: statSync(join(outDir, file)).size }))
    .sort((a, b) => a.url.localeCompare(b.url));
  const data: DocumentsFile = { documents };
  const target = join(outDir, DOCUMENTS_FILE);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, `${JSON.stringify(data)}\n`);
  return data;
}

export interface ServiceWorkerBuild {
  files: number;
  bytes: number;
  documents: DocumentsFile;
}

export async function buildServiceWorker(outDir: string, base: string): Promise<ServiceWorkerBuild> {
  const documents = writeDocumentsFile(outDir, base);
  const documentCache = documentCacheName(base);
  const { count, size, warnings } = await generateSW({
    globDirectory: outDir,
    globPatterns: PRECACHE_PATTERNS,
    globIgnores: PRECACHE_IGNORES,
    swDest: join(outDir, SERVICE_WORKER_FILE),
    // One file, no importScripts of Workbox's runtime from elsewhere: nothing to allow, nothing to miss offline.
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    cacheId: 'kit',
    // A new version waits until the reader chooses « Recharger » (SKIP_WAITING message).
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    ignoreURLParametersMatching: IGNORED_URL_PARAMETERS,
    // Astro's and Pagefind's file names carry their content hash already.
    dontCacheBustURLsMatching: /(?:^|\/)(?:_astro\/.*\.[\w-]{8}\.|pagefind\/.*_[0-9a-f]{7,}\.)/,
    maximumFileSizeToCacheInBytes: PRECACHE_LIMIT_BYTES,
    runtimeCaching: [
      {
        // A document opened as a page: the network when there is one, else the saved copy, else the French notice.
        urlPattern: ({ url, request }) => url.origin === self.location.origin && request.mode === 'navigate' && /\.(?:pdf|odt|docx)$/i.test(url.pathname),
        handler: 'NetworkFirst',
        options: { cacheName: documentCache, cacheableResponse: { statuses: [200] }, precacheFallback: { fallbackURL: OFFLINE_FALLBACK_FILE } },
      },
      {
        // The same documents fetched by « Tout enregistrer » or read in part by a PDF viewer.
        urlPattern: ({ url }) => url.origin === self.location.origin && /\.(?:pdf|odt|docx)$/i.test(url.pathname),
        handler: 'NetworkFirst',
        options: { cacheName: documentCache, cacheableResponse: { statuses: [200] }, rangeRequests: true },
      },
      {
        // Any other page of the site that was never saved: the network, or the French notice.
        urlPattern: ({ url, request }) => url.origin === self.location.origin && request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: OFFLINE_FALLBACK_FILE } },
      },
    ],
  });
  if (size > PRECACHE_LIMIT_BYTES) {
    throw new OfflineStepError(`le précache pèse ${formatFileSize(size)} : plus que les ${formatFileSize(PRECACHE_LIMIT_BYTES)} permis (src/lib/offline/service-worker.ts)`);
  }
  for (const warning of warnings) console.warn(`[kit] service worker : ${warning}`);
  return { files: count, bytes: size, documents };
}

/** What the build prints for this step. */
export function describeServiceWorker({ files, bytes, documents }: ServiceWorkerBuild): string {
  const count = documents.documents.length;
  const onDemand = count ? `${count} documents à enregistrer à la demande (${formatFileSize(totalBytes(documents.documents))})` : 'aucun document à enregistrer à la demande';
  return `précache : ${files} fichiers, ${formatFileSize(bytes)} (plafond ${formatFileSize(PRECACHE_LIMIT_BYTES)}) ; ${onDemand}`;
}
