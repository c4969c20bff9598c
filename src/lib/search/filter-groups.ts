/**
 * The filter pane of the search page as data: for each Pagefind filter, its values with the count
 * the reader sees and whether they are ticked. A value counts the results of the current search
 * that it holds (a ticked « En amont » beside 3 results says 3, not the 16 pages of the phase),
 * and a value that would keep nothing is hidden unless it is ticked, so that it can be unticked.
 */
import { FILTERS } from './vocabulary.ts';
import { ownValue } from '../own.ts';
import { isRecord, isStringList } from '../json-shapes.ts';

export type FilterCounts = Record<string, Record<string, number>>;

export interface FilterOption {
  value: string;
  count: number;
  checked: boolean;
  shown: boolean;
}
export interface FilterGroup {
  name: string;
  options: FilterOption[];
  checkedCount: number;
}

const ORDER: readonly string[] = Object.values(FILTERS);

/** Groups in the kit's order (type, phase, obstacle), then any other in the index's order. */
export function filterGroups(total: FilterCounts, available: FilterCounts | undefined, selected: Record<string, string[]>): FilterGroup[] {
  const names = Object.keys(total).sort((a, b) => rank(a) - rank(b));
  return names.map((name) => {
    const ticked = new Set(ownValue(selected, name) ?? []);
    const options = Object.keys(ownValue(total, name) ?? {}).map((value) => {
      const count = ownValue(ownValue(available ?? total, name), value) ?? 0;
      const checked = ticked.has(value);
      return { value, count, checked, shown: checked || count > 0 };
    });
    return { name, options, checkedCount: options.filter((o) => o.checked).length };
  });
}

function rank(name: string): number {
  const index = ORDER.indexOf(name);
  return index === -1 ? ORDER.length : index;
}

/** The ticked values after the reader ticks or unticks one: empty groups are left out. */
export function toggledFilters(selected: Record<string, string[]>, name: string, value: string, checked: boolean): Record<string, string[]> {
  // Built from entries: a filter named « __proto__ » stays a filter, not the object's prototype.
  const entries = Object.entries(selected).filter(([key]) => key !== name);
  const values = new Set(ownValue(selected, name) ?? []);
  if (checked) values.add(value);
  else values.delete(value);
  if (values.size) entries.push([name, [...values]]);
  return Object.fromEntries(entries.filter(([, list]) => list.length > 0));
}

/** For each filter and value, the pages that carry it: what the counts of any list of results are read from. */
export type FilterMembers = Record<string, Record<string, ReadonlySet<string>>>;

/** Written beside the Pagefind index at build time (a couple of KB), read by the search page. */
export const FILTER_MEMBERS_FILE = 'kit-filtres.json';

/**
 * For each filter and value, the ids of the indexed pages that carry it (Pagefind's id of a page
 * is the name of its fragment file). Built from entries: a filter or value named « __proto__ »
 * stays one.
 */
export function buildFilterMembers(pages: readonly { id: string; filters: Readonly<Record<string, readonly string[]>> }[]): Record<string, Record<string, string[]>> {
  const members = new Map<string, Map<string, string[]>>();
  for (const { id, filters } of pages) {
    for (const [name, values] of Object.entries(filters)) {
      const group = members.get(name) ?? members.set(name, new Map()).get(name)!;
      for (const value of values) {
        const ids = group.get(value);
        if (ids) ids.push(id);
        else group.set(value, [id]);
      }
    }
  }
  return Object.fromEntries([...members].map(([name, values]) => [name, Object.fromEntries(values)]));
}

/** The file as the page reads it; null when it is not what the build writes (the page then keeps Pagefind's counts). */
export function parseFilterMembers(value: unknown): FilterMembers | null {
  if (!isRecord(value)) return null;
  const groups: [string, Record<string, ReadonlySet<string>>][] = [];
  for (const [name, values] of Object.entries(value)) {
    if (!isRecord(values)) return null;
    const sets: [string, ReadonlySet<string>][] = [];
    for (const [option, ids] of Object.entries(values)) {
      if (!isStringList(ids)) return null;
      sets.push([option, new Set(ids)]);
    }
    groups.push([name, Object.fromEntries(sets)]);
  }
  return Object.fromEntries(groups);
}

/**
 * How many of these results carry each value. Pagefind counts the pages of one search; the kit's
 * search merges several (the whole query, then each idea), so its counts are read here from the
 * results the reader sees: ticking a value then keeps exactly the number it showed.
 */
export function countsOf(resultIds: readonly string[], members: FilterMembers): FilterCounts {
  return Object.fromEntries(
    Object.entries(members).map(([name, values]) => [
      name,
      Object.fromEntries(Object.entries(values).map(([value, pages]) => [value, resultIds.reduce((n, id) => n + (pages.has(id) ? 1 : 0), 0)])),
    ]),
  );
}
