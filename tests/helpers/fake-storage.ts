import { MemoryStorage, type StorageLike } from '../../src/lib/progress/store.ts';

/** An in-memory Storage, like window.localStorage, that tests can inspect and break. */
export class FakeStorage extends MemoryStorage {
  /** When set, setItem throws (a full quota) for keys that match. */
  refuseWrites?: (key: string) => boolean;

  constructor(initial: Record<string, string> = {}) {
    super();
    for (const [key, value] of Object.entries(initial)) this.map.set(key, value);
  }
  override setItem(key: string, value: string): void {
    if (this.refuseWrites?.(key)) throw new DOMException('quota', 'QuotaExceededError');
    super.setItem(key, value);
  }
  snapshot(): Record<string, string> {
    return Object.fromEntries(this.map);
  }
}

/** What a browser in some private modes, or with storage blocked, gives: every call throws. */
export class ThrowingStorage implements StorageLike {
  get length(): number {
    throw new DOMException('denied', 'SecurityError');
  }
  key(): string | null {
    throw new DOMException('denied', 'SecurityError');
  }
  getItem(): string | null {
    throw new DOMException('denied', 'SecurityError');
  }
  setItem(): void {
    throw new DOMException('denied', 'SecurityError');
  }
  removeItem(): void {
    throw new DOMException('denied', 'SecurityError');
  }
}
