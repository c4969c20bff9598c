/**
 * The search page starts without its engine. Pagefind's WebAssembly reader, its index and the
 * page's results code keep a small phone busy: they load when the reader arrives with a search in the address, or reaches for the search (focus, a tap or a key in the
 * search area, the « Parcourir » button). Until then the page is the plain form it is without
 * JavaScript, and what the reader types is already in the field the engine will use.
 */
const layout = document.querySelector<HTMLElement>('[data-enhance="search"]');
const browseButton = layout?.querySelector<HTMLButtonElement>('[data-search-browse]');
const form = layout?.querySelector<HTMLFormElement>('form');

let engine: Promise<typeof import('./search-page.ts')> | null = null;
function start() {
  engine ??= import('./search-page.ts');
  return engine;
}

const START_EVENTS = ['focusin', 'pointerdown', 'keydown', 'input'] as const;
function startOnce() {
  for (const type of START_EVENTS) layout?.removeEventListener(type, startOnce);
  void start();
}

if (layout) {
  if (location.search.length > 1) void start();
  else for (const type of START_EVENTS) layout.addEventListener(type, startOnce);
  // Before the engine is there, Enter would reload the page: the engine searches the field instead.
  form?.addEventListener('submit', (event) => {
    event.preventDefault();
    void start();
  });
  if (browseButton) {
    // With a search in the address the engine lists at once and keeps the button hidden.
    browseButton.hidden = location.search.length > 1;
    browseButton.addEventListener('click', () => {
      void start()
        .then(async (page) => {
          await page.ready;
          await page.browse();
        })
        .then(focusFirstFilter);
    });
  }
}

/** Once the engine has drawn the filters, the reader who asked to browse lands on the first one. */
function focusFirstFilter() {
  requestAnimationFrame(() => {
    const first = layout?.querySelector<HTMLElement>('[data-search-filters] summary');
    (first ?? form?.querySelector('input'))?.focus();
  });
}
