import type { StorageLike } from '../../src/lib/progress/store.ts';

/** An in-memory Storage, like window.localStorage, that tests can inspect and break. */
export class FakeStorage implements StorageLike {
  readonly map = new Map<string, string>();
  /** When set, setItem throws (a full quota) for keys that match. */
  refuseWrites?: (key: string) => boolean;

  constructor(initial: Record<string, string> = {}) {
    for (const [key, value] of Object.entries(initial)) this.map.set(key, value);
  }
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
    if (this.refuseWrites?.(key)) throw new DOMException('quota', 'QuotaExceededError');
    this.map.set(key, String(value));
  }
  removeItem(key: string): void {
    this.map.delete(key);
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
