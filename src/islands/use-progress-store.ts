/**
 * The islands' only way to the browser's storage: one ProgressStore per page, shared by every
 * island of the page, opened after hydration (the server never sees the reader's storage).
 */
import { useEffect, useState } from 'react';
import { ProgressStore, type StoreNotice } from '../lib/progress/store.ts';

let shared: ProgressStore | undefined;

function browserStore(): ProgressStore {
  shared ??= new ProgressStore(() => window.localStorage);
  return shared;
}

/**
 * The store once the island has hydrated (undefined in the server's HTML and on the first
 * client render, so that both match), and every notice it has raised so far.
 */
export function useProgressStore(): { store: ProgressStore | undefined; notices: readonly StoreNotice[] } {
  const [store, setStore] = useState<ProgressStore>();
  const [notices, setNotices] = useState<readonly StoreNotice[]>([]);
  useEffect(() => {
    const opened = browserStore();
    const sync = () => setNotices([...opened.notices]);
    const unsubscribe = opened.subscribe(sync);
    sync();
    setStore(opened);
    return unsubscribe;
  }, []);
  return { store, notices };
}
