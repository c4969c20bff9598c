/**
 * `client:interaction`: React loads when the reader first touches the island, focuses into it or
 * presses a key anywhere (the paper boxes of the server's HTML take no focus, so a keyboard user's
 * first key must be enough), but Enter or Space on another control. Until then the page runs only this script, inlined by Astro, which
 * paints what the reader saved (`client:interaction="checklist"`).
 */
import type { ClientDirective } from 'astro';
import { paintSavedTicks } from '../lib/progress/prepaint.ts';

/**
 * Enter or Space on a link, button or field outside the island works that control, not the island: the reader
 * leaves the page or acts elsewhere, and loading React then is bandwidth lost. It also kept « Recharger » from
 * working: module requests started by its own key press left the new service worker waiting, never activated
 * (Chromium 153 and 156, tests/browser/offline.test.ts).
 */
function actsOnControlOutside(event: Event, island: HTMLElement): boolean {
  if (!(event instanceof KeyboardEvent) || (event.key !== 'Enter' && event.key !== ' ')) return false;
  const target = event.target instanceof Element ? event.target : null;
  return Boolean(target?.closest('a[href], button, input, select, textarea, summary, [contenteditable]')) && !island.contains(target);
}

const hydrateOnInteraction: ClientDirective = (load, options, island) => {
  if (options.value === 'checklist') {
    try {
      const storage = window.localStorage;
      paintSavedTicks(island, (key) => storage.getItem(key));
    } catch {
      // Storage refused (private browsing, blocked): the island says so once loaded.
    }
  }
  const triggers: [EventTarget, string][] = [
    [island, 'pointerdown'],
    [island, 'focusin'],
    [document, 'keydown'],
  ];
  let started = false;
  const start = (event: Event) => {
    if (started || actsOnControlOutside(event, island)) return;
    started = true;
    for (const [target, type] of triggers) target.removeEventListener(type, start, true);
    void load().then((hydrate) => hydrate());
  };
  for (const [target, type] of triggers) target.addEventListener(type, start, { capture: true, passive: true });
};

export default hydrateOnInteraction;
