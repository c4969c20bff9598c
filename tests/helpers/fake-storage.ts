import { MemoryStorage, type StorageLike } from '../../src/lib/progress/store.ts';

/** An in-memory Storage, like window.localStorage, that tests can inspect and break. */
export class FakeStorage extends MemoryStorage {
  /** When set, setItem throws (a full quota) for keys that match. */
  refuseWrites?: (key: string) => boolean;
  /** When set, setItem throws once keys and values would hold more characters, as a browser's quota does. */
  quota?: number;

  constructor(initial: Record<string, string> = {}) {
    super();
    for (const [key, value] of Object.entries(initial)) this.map.set(key, value);
  }
  override setItem(key: string, value: string): void {
    if (this.refuseWrites?.(key) || this.overQuota(key, String(value))) throw new DOMException('quota', 'QuotaExceededError');
    super.setItem(key, value);
  }
  /** Fills what the quota leaves with one key of another site, so that no write fits any more. */
  fill(): void {
    const used = [...this.map].reduce((sum, [key, value]) => sum + key.length + value.length, 0);
    this.map.set('autre-site:remplissage', 'x'.repeat(Math.max(0, this.quota! - used - 'autre-site:remplissage'.length)));
  }
  private overQuota(key: string, value: string): boolean {
    if (this.quota === undefined) return false;
    const used = [...this.map].reduce((sum, [k, v]) => sum + (k === key ? 0 : k.length + v.length), 0);
    return used + key.length + value.length > this.quota;
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
