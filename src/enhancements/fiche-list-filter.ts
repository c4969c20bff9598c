/** Progressive enhancement of /fiches/: the full list works without JavaScript; this filters it. */
import { ficheFilterQuery, filterSummary, matchesFilter, parseFicheFilter, type FicheFilter } from '../lib/fiche-list-filter.ts';

const form = document.querySelector<HTMLFormElement>('[data-fiche-filter]');
if (form) {
  const phaseSelect = form.querySelector<HTMLSelectElement>('select[name="phase"]')!;
  const obstacleSelect = form.querySelector<HTMLSelectElement>('select[name="obstacle"]')!;
  const status = document.querySelector<HTMLElement>('[data-fiche-filter-status]')!;
  const items = [...document.querySelectorAll<HTMLElement>('[data-fiche-item]')];
  const sections = [...document.querySelectorAll<HTMLElement>('[data-fiche-section]')];
  const phases = [...phaseSelect.options].map((o) => o.value).filter(Boolean);
  const obstacles = [...obstacleSelect.options].map((o) => o.value).filter(Boolean);

  const apply = (filter: FicheFilter) => {
    phaseSelect.value = filter.phase ?? '';
    obstacleSelect.value = filter.obstacle ?? '';
    let shown = 0;
    for (const item of items) {
      const visible = matchesFilter({ phase: item.dataset.phase ?? '', obstacles: (item.dataset.obstacles ?? '').split(' ') }, filter);
      item.hidden = !visible;
      if (visible) shown += 1;
    }
    for (const section of sections) section.hidden = !section.querySelector('[data-fiche-item]:not([hidden])');
    status.textContent = filterSummary(shown, items.length);
  };

  const current = (): FicheFilter => ({ phase: phaseSelect.value || null, obstacle: obstacleSelect.value || null });

  form.addEventListener('change', () => {
    const filter = current();
    apply(filter);
    history.pushState(null, '', `${location.pathname}${ficheFilterQuery(filter)}`);
  });
  form.addEventListener('reset', (event) => {
    event.preventDefault();
    apply({ phase: null, obstacle: null });
    history.pushState(null, '', location.pathname);
    phaseSelect.focus();
  });
  window.addEventListener('popstate', () => apply(parseFicheFilter(new URLSearchParams(location.search), phases, obstacles)));

  form.hidden = false;
  apply(parseFicheFilter(new URLSearchParams(location.search), phases, obstacles));
}
