/**
 * On every page: registers the service worker that keeps the kit readable offline, and says so
 * when a new version of the kit is waiting, with a « Recharger » button. The new version takes
 * over only when the reader asks: a page never changes under their eyes. Progress kept in
 * localStorage is not touched (the service worker only handles its own caches).
 */
import { SERVICE_WORKER_FILE } from '../lib/offline/service-worker.ts';
import { updateUi } from '../ui/offline.ts';

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
const notice = document.querySelector<HTMLElement>('[data-offline-update]');

/** Writes the notice into the live region, which already exists, so that it is announced politely. */
function offerReload(onReload: () => void) {
  if (!notice || notice.childElementCount) return;
  const text = document.createElement('p');
  text.textContent = updateUi.updateAvailable;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button';
  button.textContent = updateUi.reload;
  button.addEventListener('click', onReload);
  notice.append(text, button);
}

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  const container = navigator.serviceWorker;
  const hadController = Boolean(container.controller);
  let asked = false;
  const activate = (worker: ServiceWorker) => () => {
    asked = true;
    worker.postMessage({ type: 'SKIP_WAITING' });
  };
  // A new version took over: at the reader's request here, or in another tab of the kit.
  container.addEventListener('controllerchange', () => {
    if (asked) location.reload();
    else if (hadController) offerReload(() => location.reload());
  });
  const watch = (worker: ServiceWorker | null) => {
    if (!worker) return;
    const offerIfWaiting = () => {
      if (worker.state === 'installed' && container.controller) offerReload(activate(worker));
    };
    worker.addEventListener('statechange', offerIfWaiting);
    offerIfWaiting();
  };
  container
    .register(`${base}${SERVICE_WORKER_FILE}`, { scope: base })
    .then((registration) => {
      watch(registration.waiting);
      watch(registration.installing);
      registration.addEventListener('updatefound', () => watch(registration.installing));
    })
    // Reading offline is an extra: a browser that refuses it keeps the site as it is.
    .catch(() => undefined);
}
