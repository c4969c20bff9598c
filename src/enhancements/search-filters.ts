/**
 * The search page's filter pane: a folded group (`<details>`) per Pagefind filter, a checkbox per
 * value with the number of results it keeps. A group that holds a ticked value opens, so that a
 * restored search shows what filters it. Built with DOM nodes and textContent only: values come
 * from the index.
 */
import { filterGroups, toggledFilters, type FilterCounts, type FilterGroup } from '../lib/search/filter-groups.ts';
import { searchUi } from '../ui/islands/search.ts';
import { element } from './dom.ts';

export class FilterPane {
  private selected: Record<string, string[]> = {};
  private drawnKey = '';
  private readonly groups = new Map<string, HTMLDetailsElement>();

  constructor(
    private readonly container: HTMLElement,
    private readonly onChange: (filters: Record<string, string[]>) => void,
  ) {}

  /** Draws the pane for these counts and ticks; keeps the open groups and the focus where they are. */
  show(total: FilterCounts, available: FilterCounts | undefined, selected: Record<string, string[]>): void {
    this.selected = selected;
    const groups = filterGroups(total, available, selected);
    const key = JSON.stringify(groups.map((g) => [g.name, g.options.map((o) => o.value)]));
    if (key !== this.drawnKey) {
      this.drawnKey = key;
      this.groups.clear();
      this.container.replaceChildren(...groups.map((group) => this.groupElement(group)));
    }
    for (const group of groups) this.update(group);
  }

  private groupElement(group: FilterGroup): HTMLDetailsElement {
    const summary = element('summary', { class: 'search-filter__title' });
    summary.append(element('span', {}, group.name), ' ', element('span', { class: 'search-filter__ticked' }));
    const fieldset = element('fieldset');
    fieldset.append(element('legend', { class: 'visually-hidden' }, group.name));
    for (const option of group.options) {
      const box = element('input', { type: 'checkbox', value: option.value });
      box.addEventListener('change', () => this.onChange(toggledFilters(this.selected, group.name, option.value, box.checked)));
      const label = element('label', { class: 'search-filter__option' });
      label.append(box, element('span', {}, option.value), element('span', { class: 'search-filter__count' }));
      fieldset.append(label);
    }
    const details = element('details', { class: 'search-filter' });
    details.append(summary, fieldset);
    this.groups.set(group.name, details);
    return details;
  }

  private update(group: FilterGroup): void {
    const details = this.groups.get(group.name);
    if (!details) return;
    const labels = details.querySelectorAll<HTMLLabelElement>('.search-filter__option');
    group.options.forEach((option, i) => {
      const label = labels[i];
      if (!label) return;
      label.hidden = !option.shown;
      const box = label.querySelector('input');
      if (box) box.checked = option.checked;
      const count = label.querySelector('.search-filter__count');
      // Seen as a number; heard as « 12 résultats ».
      count?.replaceChildren(String(option.count), element('span', { class: 'visually-hidden' }, ` ${searchUi.resultWord(option.count)}`));
    });
    const ticked = details.querySelector('.search-filter__ticked');
    if (ticked) ticked.textContent = group.checkedCount ? `(${group.checkedCount})` : '';
    details.hidden = !group.options.some((o) => o.shown);
    if (group.checkedCount) details.open = true;
  }
}
