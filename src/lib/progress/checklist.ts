/**
 * Checklist progress works on item ids, never on positions: when a contributor reorders, adds
 * or removes items, every remaining tick stays on its item. Ticks of removed items are kept in
 * storage (they come back if the item does) but never counted.
 */
import type { ChecklistEntry, ChecklistListName } from '../../schemas/progress.ts';

export interface ChecklistList {
  name: ChecklistListName;
  items: readonly { id: string }[];
}

/** The id of an item's element in the page, the same before React loads (prepaint.ts) and after. */
export function itemElementId(list: ChecklistListName, ficheId: string, itemId: string): string {
  return `${list}-${ficheId}-${itemId}`;
}

/** Ids of the list's current items that are ticked. */
export function checkedIds(entry: ChecklistEntry | undefined, list: ChecklistList): Set<string> {
  const stored = new Set(entry?.checked[list.name] ?? []);
  return new Set(list.items.map((item) => item.id).filter((id) => stored.has(id)));
}

export function checklistCount(entry: ChecklistEntry | undefined, lists: readonly ChecklistList[]): { checked: number; total: number } {
  let checked = 0;
  let total = 0;
  for (const list of lists) {
    checked += checkedIds(entry, list).size;
    total += list.items.length;
  }
  return { checked, total };
}

/** Ticks or unticks one item; every other stored id of the fiche, known or not, is kept. */
export function setItemChecked(entry: ChecklistEntry | undefined, list: ChecklistListName, id: string, checked: boolean): ChecklistEntry {
  const current = entry?.checked[list] ?? [];
  const next = checked ? (current.includes(id) ? current : [...current, id]) : current.filter((stored) => stored !== id);
  return { ...entry, checked: { ...entry?.checked, [list]: next } };
}

/** True when nothing is ticked, so that the entry can be removed rather than kept empty. */
export function isEmptyChecklist(entry: ChecklistEntry | undefined): boolean {
  return !entry || Object.values(entry.checked).every((ids) => !ids || ids.length === 0);
}
