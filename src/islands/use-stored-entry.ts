/**
 * The one saved entry of an island (a fiche's checklists, a parcours, a quiz), and how to save it.
 * `ready` turns true in the render that first shows the saved state, never before: a tick made on a
 * box shown earlier would overwrite what was saved (and the first tap, made again by
 * src/islands/hydrate-on-interaction.ts as soon as the island is ready, would be such a tick).
 */
import { useEffect, useState } from 'react';
import type { EntryByType, EntryType } from '../schemas/progress.ts';
import { useProgressStore } from './use-progress-store.ts';

export function useStoredEntry<T extends EntryType>(type: T, id: string, isEmpty: (entry: EntryByType[T] | undefined) => boolean) {
  const { store, notices } = useProgressStore();
  const [saved, setSaved] = useState<{ entry: EntryByType[T] | undefined }>();

  useEffect(() => {
    if (store) setSaved({ entry: store.get(type, id) });
  }, [store, type, id]);

  /** Saves `next`, or removes the entry when nothing is left ticked in it. */
  const save = (next: EntryByType[T] | undefined) => {
    if (!store) return;
    if (isEmpty(next)) {
      store.remove(type, id);
      setSaved({ entry: undefined });
    } else setSaved({ entry: store.set(type, id, next!) });
  };

  return { ready: Boolean(store && saved), entry: saved?.entry, save, notices };
}
