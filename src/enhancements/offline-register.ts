/**
 * On every page: registers the service worker that keeps the kit readable offline, and says so
 * when a new version of the kit is waiting, with a « Recharger » button. The new version takes
 * over only when the reader asks: a page never changes under their eyes. Progress kept in
 * localStorage is not touched (the service worker only handles its own caches).
 *
 * It imports nothing: the layout writes the worker's address, its scope and the notice's words
 * into the page, so that this script stays one small file that no other script shares.
 */
const notice = document.querySelector<HTMLElement>('[data-offline-update]');
const template = document.querySelector<HTMLTemplateElement>('template[data-offline-update-template]');

/** Writes the notice into the live region, which already exists, so that it is announced politely. */
function offerReload(onReload: () => void) {
  if (!notice || !template || notice.childElementCount) return;
  const content = template.content.cloneNode(true) as DocumentFragment;
  content.querySelector('button')?.addEventListener('click', onReload);
  notice.append(content);
}

const worker = notice?.dataset.worker;
const scope = notice?.dataset.scope;

if ('serviceWorker' in navigator && import.meta.env.PROD && worker && scope) {
  const container = navigator.serviceWorker;
  const hadController = Boolean(container.controller);
  let asked = false;
  const activate = (waiting: ServiceWorker) => () => {
    asked = true;
    waiting.postMessage({ type: 'SKIP_WAITING' });
  };
  // A new version took over: at the reader's request here, or in another tab of the kit.
  container.addEventListener('controllerchange', () => {
    if (asked) location.reload();
    else if (hadController) offerReload(() => location.reload());
  });
  const watch = (incoming: ServiceWorker | null) => {
    if (!incoming) return;
    const offerIfWaiting = () => {
      if (incoming.state === 'installed' && container.controller) offerReload(activate(incoming));
    };
    incoming.addEventListener('statechange', offerIfWaiting);
    offerIfWaiting();
  };
  const register = () =>
    container
      .register(worker, { scope })
      .then((registration) => {
        watch(registration.waiting);
        watch(registration.installing);
        registration.addEventListener('updatefound', () => watch(registration.installing));
      })
      // Reading offline is an extra: a browser that refuses it keeps the site as it is.
      .catch(() => undefined);
  // A first install downloads the whole kit. Started before `load`, it takes the bandwidth and the
  // processor from the page the reader is opening (its fonts, its first layout), on a slow phone
  // most of all; after `load`, the page is whole and the kit comes in behind it.
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
