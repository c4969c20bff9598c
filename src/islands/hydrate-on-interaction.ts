/**
 * `client:interaction`: React loads when the reader first touches the island, focuses into it or
 * presses a key anywhere (the paper boxes of the server's HTML take no focus, so a keyboard user's
 * first key must be enough), but Enter or Space on another control. Until then the page runs only
 * this script, inlined by Astro, which paints what the reader saved (`client:interaction="checklist"`). A
 * questionnaire (`"autoevaluation"`, `"quiz"`) waits the same way on a first visit, and loads at once when the
 * reader has answers saved or opens a shared result: what they show then is drawn by React. A summary
 * (`"diagnostic"`, `"suivi"`) loads at once when there is something to sum up; otherwise its empty state is
 * true and shows at once. A form (`client:interaction` alone: the experience form) waits the same way; what the
 * reader types before React is there stays in its fields, and React reads it back.
 * The first tap is not lost: it is made again once the island is ready (it marks itself
 * data-ready="true" when its controls work, and nothing in it acts before). A form in the island never submits
 * natively before that (the page would reload and drop what was typed): the button that submitted it is pressed
 * again once the island is ready.
 */
import type { ClientDirective } from 'astro';
import { NOTHING_SAVED_ATTRIBUTE, isSummaryIsland, loadsAtOnce, paintSavedTicks, storedKeys } from '../lib/progress/prepaint.ts';

/** What a click acts on natively, without React: those clicks are the browser's, never replayed. */
const NATIVE_ACTION = 'a[href], input, select, textarea, label, summary';
/** What Enter or Space works: those, and the buttons that React will handle. */
const CONTROL = `${NATIVE_ACTION}, button, [contenteditable]`;

/**
 * Enter or Space on a link, button or field outside the island works that control, not the island: the reader
 * leaves the page or acts elsewhere, and loading React then is bandwidth lost. It also kept « Recharger » from
 * working: module requests started by its own key press left the new service worker waiting, never activated
 * (Chromium 153 and 156, tests/browser/offline.test.ts).
 */
function actsOnControlOutside(event: Event, island: HTMLElement): boolean {
  if (!(event instanceof KeyboardEvent) || (event.key !== 'Enter' && event.key !== ' ')) return false;
  const target = event.target instanceof Element ? event.target : null;
  return Boolean(target?.closest(CONTROL)) && !island.contains(target);
}


/**
 * Remembers the reader's first click inside the island before React is there (on a paper box, it did nothing),
 * and returns what makes it again once the island marks itself ready: on the same button if React kept it, on the
 * control of the same choice (`[data-choice]`: a questionnaire's paper box becomes a radio or a button), or on the
 * control that React put in the item clicked (`[id][data-item]`: a checklist's paper box becomes a checkbox).
 */
function firstClickReplay(island: HTMLElement): () => void {
  let button: HTMLElement | undefined;
  let choice: string | undefined;
  let item: string | undefined;
  let submitter: HTMLElement | undefined;
  const holdSubmit = (event: Event) => {
    if (island.querySelector('[data-ready="true"]')) return;
    event.preventDefault();
    submitter = (event as SubmitEvent).submitter ?? undefined;
  };
  island.addEventListener('submit', holdSubmit, true);
  const remember = (event: Event) => {
    island.removeEventListener('click', remember, true);
    const clicked = event.target instanceof Element ? event.target : null;
    if (!clicked || clicked.closest(NATIVE_ACTION)) return;
    button = clicked.closest('button') ?? undefined;
    choice = clicked.closest('[data-choice]')?.getAttribute('data-choice') ?? undefined;
    item = clicked.closest('[id][data-item]')?.id;
  };
  island.addEventListener('click', remember, true);
  const replay = () => {
    island.removeEventListener('click', remember, true);
    island.removeEventListener('submit', holdSubmit, true);
    const control = button?.isConnected ? button : choice ? choiceControl(island, choice) : item ? document.getElementById(item)?.querySelector('input, button') : null;
    // A held submission whose button was the first click is made once, by that click.
    const again = control instanceof HTMLElement ? control : submitter?.isConnected ? submitter : null;
    if (again && island.contains(again)) again.click();
  };
  return () => {
    if (island.querySelector('[data-ready="true"]')) return replay();
    const observer = new MutationObserver(() => {
      if (!island.querySelector('[data-ready="true"]')) return;
      observer.disconnect();
      replay();
    });
    observer.observe(island, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
  };
}

/** The radio or button that React drew for a choice; its paper box, kept for print, has none. */
function choiceControl(island: HTMLElement, choice: string): HTMLElement | null {
  for (const element of island.querySelectorAll('[data-choice]')) {
    if (element.getAttribute('data-choice') !== choice) continue;
    const control = element.matches('input, button') ? element : element.querySelector('input, button');
    if (control instanceof HTMLElement) return control;
  }
  return null;
}

/** Every key of the reader's storage; null when it cannot be read (private browsing, blocked). */
function storageKeys(): string[] | null {
  try {
    return storedKeys(window.localStorage);
  } catch {
    return null;
  }
}

/** Reads the reader's storage; null when it is refused (private browsing, blocked): the island says so once loaded. */
function storageReader(): (key: string) => string | null {
  return (key) => {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  };
}

const hydrateOnInteraction: ClientDirective = (load, options, island) => {
  const read = storageReader();
  if (options.value === 'checklist') paintSavedTicks(island, read);
  if (loadsAtOnce(options.value, island, { read, keys: storageKeys }, location.hash)) {
    void load().then((hydrate) => hydrate());
    return;
  }
  if (isSummaryIsland(options.value)) island.setAttribute(NOTHING_SAVED_ATTRIBUTE, '');
  const triggers: [EventTarget, string][] = [
    [island, 'pointerdown'],
    [island, 'focusin'],
    [document, 'keydown'],
  ];
  const replayFirstClick = firstClickReplay(island);
  let started = false;
  const start = (event: Event) => {
    if (started || actsOnControlOutside(event, island)) return;
    started = true;
    for (const [target, type] of triggers) target.removeEventListener(type, start, true);
    void load()
      .then((hydrate) => hydrate())
      .then(replayFirstClick);
  };
  for (const [target, type] of triggers) target.addEventListener(type, start, { capture: true, passive: true });
};

export default hydrateOnInteraction;
