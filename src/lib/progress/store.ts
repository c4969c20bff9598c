/**
 * The one module that touches the reader's browser storage. It takes any Storage-like object
 * (window.localStorage in the browser, a fake one in tests), so it never reaches for the DOM.
 *
 * Promises it keeps:
 * - every read is validated; an unreadable entry is removed alone and reported (« corrupt-reset »),
 *   the others are untouched;
 * - if storage is missing or blocked, everything keeps working in memory for the visit and
 *   one « unavailable » notice says that progress will not be kept;
 * - if storage is full, what it holds is still read, shown and exported whole; changes are kept in
 *   memory for the visit and one « full » notice says that they cannot be saved until space is
 *   freed; erasing (« Tout effacer », an unreadable entry) still reaches it, which frees space;
 * - keys carry the format version; older entries are migrated on start, newer ones left alone.
 */
import { entrySchemas, type EntryByType, type EntryType, type ProgressEntries } from '../../schemas/progress.ts';
import { KEY_PREFIX, STORAGE_VERSION, isSiteKey, parseEntryKey, parseVersionedKey, storageKey } from './keys.ts';

export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type StoreNotice = { kind: 'unavailable' } | { kind: 'full' } | { kind: 'corrupt-reset'; type: EntryType; id: string };

/** Upgrades one entry from version n to n + 1; `rest` is the key after `kit-participation:vN:`. */
export type Migration = (entry: { rest: string; value: unknown }) => { rest: string; value: unknown };

/**
 * Migrations by the version they upgrade from. Format 1 is the first one the site has shipped, so
 * the table is empty; the first change of format adds `1: (entry) => …` here (the mechanism is
 * unit-tested with a migration passed to the constructor).
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export interface StoreOptions {
  migrations?: Readonly<Record<number, Migration>>;
  now?: () => Date;
}

/** Raised when storage refused an import or an erase; nothing was changed. */
export class StoreWriteError extends Error {
  constructor() {
    super('storage refused the change');
    this.name = 'StoreWriteError';
  }
}

/** Storage for the visit only, when the browser's is unavailable; tests build on it too. */
export class MemoryStorage implements StorageLike {
  protected readonly map = new Map<string, string>();
  get length(): number {
    return this.map.size;
  }
  key(index: number): string | null {
    return [...this.map.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.map.set(key, String(value));
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
}

const PROBE_KEY = `${KEY_PREFIX}:sonde`;
const UNREADABLE = Symbol('unreadable');

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return UNREADABLE;
  }
}

function keysOf(storage: StorageLike): string[] {
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (key !== null) keys.push(key);
  }
  return keys;
}

/** Why the store left the browser's storage: a read that failed, or a write. */
type Failure = 'read' | 'write';

export class ProgressStore {
  private backend: StorageLike;
  private persistentBackend = true;
  /** The browser's storage once it is full: still read at the start and emptied on request, never written. */
  private fullStorage: StorageLike | undefined;
  private readonly history: StoreNotice[] = [];
  private readonly listeners = new Set<(notice: StoreNotice) => void>();
  private readonly now: () => Date;

  /** `open` may throw (a sandboxed page throws on `window.localStorage`): that counts as unavailable. */
  constructor(open: () => StorageLike | null | undefined, options: StoreOptions = {}) {
    this.now = options.now ?? (() => new Date());
    let backend: StorageLike | undefined;
    try {
      backend = open() ?? undefined;
    } catch {
      backend = undefined;
    }
    if (!backend) {
      this.backend = new MemoryStorage();
      this.persistentBackend = false;
      this.emit({ kind: 'unavailable' });
      return;
    }
    this.backend = backend;
    try {
      // Some private modes expose a storage whose every write fails, and a full one refuses
      // writes too: probe before trusting it.
      backend.setItem(PROBE_KEY, '1');
      backend.removeItem(PROBE_KEY);
    } catch {
      this.fallBack('write');
    }
    this.migrate(options.migrations ?? MIGRATIONS);
  }

  /** False when changes live in memory only and will be lost when the page closes. */
  get persistent(): boolean {
    return this.persistentBackend;
  }

  /** Every notice since the store opened, so that an island mounting later can show them too. */
  get notices(): readonly StoreNotice[] {
    return this.history;
  }

  subscribe(listener: (notice: StoreNotice) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The validated entry, or undefined when there is none or it was unreadable (then reset and reported). */
  get<T extends EntryType>(type: T, id: string): EntryByType[T] | undefined {
    const key = storageKey(type, id);
    const raw = this.readRaw(key);
    if (raw === null) return undefined;
    const parsed = entrySchemas[type].safeParse(parseJson(raw));
    if (parsed.success) return parsed.data as EntryByType[T];
    this.removeRaw(key);
    this.eraseFromFullStorage([key]);
    this.emit({ kind: 'corrupt-reset', type, id });
    return undefined;
  }

  /** Saves an entry, stamped with the time; falls back to memory if storage refuses. */
  set<T extends EntryType>(type: T, id: string, entry: EntryByType[T]): EntryByType[T] {
    const stamped = { ...entry, updatedAt: this.now().toISOString() };
    this.writeRaw(storageKey(type, id), JSON.stringify(stamped));
    return stamped;
  }

  remove(type: EntryType, id: string): void {
    this.removeRaw(storageKey(type, id));
  }

  /** Every valid entry of the current version; unreadable ones are reset and reported on the way. */
  entries(): ProgressEntries {
    const result: ProgressEntries = { checklist: {}, autoevaluation: {}, quiz: {}, parcours: {} };
    for (const key of this.siteKeys()) {
      const parsed = parseEntryKey(key);
      if (!parsed) continue;
      const entry = this.get(parsed.type, parsed.id);
      if (entry) (result[parsed.type] as Record<string, unknown>)[parsed.id] = entry;
    }
    return result;
  }

  /**
   * Replaces every entry of the current version with `entries` (« Importer »): all or nothing.
   * If storage refuses a write half-way, the previous entries are put back and StoreWriteError raised.
   */
  replaceAll(entries: ProgressEntries): void {
    const previous = new Map<string, string | null>();
    const written: string[] = [];
    try {
      for (const key of this.siteKeys()) if (parseEntryKey(key)) previous.set(key, this.backend.getItem(key));
      for (const key of previous.keys()) this.backend.removeItem(key);
      for (const type of Object.keys(entries) as EntryType[]) {
        for (const [id, entry] of Object.entries(entries[type])) {
          const key = storageKey(type, id);
          written.push(key);
          this.backend.setItem(key, JSON.stringify(entry));
        }
      }
    } catch {
      try {
        for (const key of written) this.backend.removeItem(key);
        for (const [key, value] of previous) if (value !== null) this.backend.setItem(key, value);
      } catch {
        // Storage refuses even the rollback: nothing more can be done from here.
      }
      throw new StoreWriteError();
    }
  }

  /** « Tout effacer »: every key of the site, whatever its version; other sites' keys are kept. */
  clearAll(): void {
    try {
      if (this.fullStorage) this.eraseFromFullStorage(keysOf(this.fullStorage).filter(isSiteKey), true);
      for (const key of this.siteKeys()) this.backend.removeItem(key);
    } catch {
      throw new StoreWriteError();
    }
  }

  private siteKeys(): string[] {
    try {
      return keysOf(this.backend).filter(isSiteKey);
    } catch {
      this.fallBack('read');
      return keysOf(this.backend).filter(isSiteKey);
    }
  }

  private readRaw(key: string): string | null {
    try {
      return this.backend.getItem(key);
    } catch {
      this.fallBack('read');
      return this.backend.getItem(key);
    }
  }

  private writeRaw(key: string, value: string): void {
    try {
      this.backend.setItem(key, value);
    } catch {
      // Quota reached or storage withdrawn mid-visit: carry on in memory for this visit.
      this.fallBack('write');
      this.backend.setItem(key, value);
    }
  }

  private removeRaw(key: string): void {
    try {
      this.backend.removeItem(key);
    } catch {
      this.fallBack('read');
      this.backend.removeItem(key);
    }
  }

  /**
   * Removing needs no space, so a full storage still lets the reader erase: without this, what
   * was erased would come back on the next visit. `strict` raises when storage refuses.
   */
  private eraseFromFullStorage(keys: readonly string[], strict = false): void {
    try {
      for (const key of keys) this.fullStorage?.removeItem(key);
    } catch (error) {
      if (strict) throw error;
    }
  }

  /**
   * Moves to memory, keeping what can still be read so that the page stays consistent. A storage
   * that refuses a write but can be read and holds data is full; one that holds nothing is a
   * private mode refusing every write, and one that cannot be read is blocked: both unavailable.
   */
  private fallBack(failure: Failure): void {
    if (!this.persistentBackend) return;
    const browser = this.backend;
    const memory = new MemoryStorage();
    let full = false;
    try {
      for (const key of keysOf(browser).filter(isSiteKey)) {
        const value = browser.getItem(key);
        if (value !== null) memory.setItem(key, value);
      }
      full = failure === 'write' && browser.length > 0;
    } catch {
      // Unreadable storage: start the visit with what could be read, if anything.
    }
    this.backend = memory;
    this.persistentBackend = false;
    if (full) this.fullStorage = browser;
    this.emit(full ? { kind: 'full' } : { kind: 'unavailable' });
  }

  private migrate(migrations: Readonly<Record<number, Migration>>): void {
    for (const key of this.siteKeys()) {
      const parsed = parseVersionedKey(key);
      if (!parsed || parsed.version >= STORAGE_VERSION) continue;
      const raw = this.readRaw(key);
      if (raw === null) continue;
      let entry = { rest: parsed.rest, value: parseJson(raw) };
      let version = parsed.version;
      try {
        const stepFrom = (from: number) => (Object.hasOwn(migrations, from) ? migrations[from] : undefined);
        for (let step = stepFrom(version); step && version < STORAGE_VERSION; step = stepFrom(version)) {
          entry = step(entry);
          version += 1;
        }
      } catch {
        continue; // A failed migration leaves the old entry as it was: nothing is lost.
      }
      if (version !== STORAGE_VERSION) continue;
      const target = parseEntryKey(`${KEY_PREFIX}:v${version}:${entry.rest}`);
      const valid = target && entrySchemas[target.type].safeParse(entry.value);
      if (!target || !valid || !valid.success) continue;
      const newKey = storageKey(target.type, target.id);
      // An entry already written in the current format is newer than the old one: keep it.
      if (this.readRaw(newKey) === null) this.writeRaw(newKey, JSON.stringify(valid.data));
      this.removeRaw(key);
    }
  }

  private emit(notice: StoreNotice): void {
    this.history.push(notice);
    for (const listener of this.listeners) listener(notice);
  }
}
