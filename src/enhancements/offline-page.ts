/**
 * The page « Lire hors ligne »: says what this device keeps, and saves every document (PDF and
 * office files) at once into the cache the service worker reads when the network is missing.
 */
import { documentsToSave, parseDocuments, totalBytes } from '../lib/offline/documents.ts';
import { documentCacheName, type SavedDocument } from '../lib/offline/service-worker.ts';
import { formatFileSize } from '../lib/pdf/size.ts';
import { offlineUi } from '../ui/offline.ts';

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
const root = document.querySelector<HTMLElement>('[data-offline-save]');
const part = <T extends HTMLElement>(name: string) => root?.querySelector<T>(`[data-offline-${name}]`) ?? null;

async function showPages(target: HTMLElement) {
  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    target.textContent = offlineUi.pagesUnsupported;
    return;
  }
  const registration = await navigator.serviceWorker.getRegistration(base);
  target.textContent = registration?.active ? offlineUi.pagesSaved : offlineUi.pagesSaving;
  await navigator.serviceWorker.ready;
  target.textContent = offlineUi.pagesSaved;
}

async function savedUrls(cache: Cache, documents: readonly SavedDocument[]): Promise<Set<string>> {
  const found = await Promise.all(documents.map(async (document) => ((await cache.match(document.url)) ? document.url : undefined)));
  return new Set(found.filter((url): url is string => url !== undefined));
}

/** Fetches one document and keeps it; an HTML answer is the offline notice, not the document. */
async function saveOne(cache: Cache, document: SavedDocument): Promise<boolean> {
  try {
    const response = await fetch(document.url, { cache: 'no-cache' });
    if (!response.ok || (response.headers.get('content-type') ?? '').startsWith('text/html')) return false;
    await cache.put(document.url, response);
    return true;
  } catch {
    return false;
  }
}

async function setUpDocuments() {
  const summary = part('documents');
  const button = part<HTMLButtonElement>('save-button');
  const progressBox = part('progress');
  const progress = progressBox?.querySelector('progress');
  const status = part('save-status');
  if (!root || !summary || !button || !progressBox || !progress || !status || !('caches' in window)) return;
  let documents: SavedDocument[] = [];
  try {
    documents = parseDocuments(await (await fetch(root.dataset.documents ?? '')).json(), base);
  } catch {
    documents = [];
  }
  if (!documents.length) {
    summary.textContent = offlineUi.noDocuments;
    return;
  }
  const cache = await caches.open(documentCacheName(base));
  const describe = async () => {
    const saved = await savedUrls(cache, documents);
    summary.textContent = offlineUi.documentsSaved(saved.size, documents.length, formatFileSize(totalBytes(documentsToSave(documents, saved))));
    return saved;
  };
  await describe();
  button.textContent = `${offlineUi.saveAll} (${formatFileSize(totalBytes(documents))})`;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const todo = documentsToSave(documents, await savedUrls(cache, documents));
    button.disabled = true;
    progressBox.hidden = false;
    progress.max = totalBytes(todo) || 1;
    progress.value = 0;
    let failed = 0;
    // Said once: the bar shows the rest, a screen reader is not flooded.
    status.textContent = offlineUi.saving(todo.length);
    for (const document of todo) {
      if (!(await saveOne(cache, document))) failed++;
      progress.value += document.bytes;
    }
    status.textContent = failed ? offlineUi.saveFailed(failed) : offlineUi.savedAll;
    button.disabled = false;
    await describe();
  });
}

const pages = part('pages');
if (pages) void showPages(pages);
void setUpDocuments();
