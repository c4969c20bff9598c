/**
 * `client:interaction`: React loads when the reader first touches the island, focuses into it or
 * presses a key anywhere (the paper boxes of the server's HTML take no focus, so a keyboard user's
 * first key must be enough). Until then the page runs only this script, inlined by Astro, which
 * paints what the reader saved (`client:interaction="checklist"`).
 */
import type { ClientDirective } from 'astro';
import { paintSavedTicks } from '../lib/progress/prepaint.ts';

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
  const start = () => {
    if (started) return;
    started = true;
    for (const [target, type] of triggers) target.removeEventListener(type, start, true);
    void load().then((hydrate) => hydrate());
  };
  for (const [target, type] of triggers) target.addEventListener(type, start, { capture: true, passive: true });
};

export default hydrateOnInteraction;
