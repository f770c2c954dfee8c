/**
 * Renders kept per process, by what decides them: every instance of one configuration shares one string
 * instead of rendering, hashing and holding its own. Bounded (oldest out first), so a long-lived process that
 * renders many configurations cannot grow without end.
 */
export class RenderCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(
    private readonly limit = 256,
    /** Told of each entry that leaves, for a cache that keeps a reverse index. */
    private readonly onEvict?: (key: K, value: V) => void,
  ) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`a render cache keeps 1 or more entries; got ${limit}`);
  }

  /** The value kept for `key`, made by `make` the first time. */
  public getOrMake(key: K, make: () => V): V {
    if (this.entries.has(key)) return this.entries.get(key)!;
    const value = make();
    if (this.entries.size >= this.limit) {
      const [oldKey, oldValue] = this.entries.entries().next().value!;
      this.entries.delete(oldKey);
      this.onEvict?.(oldKey, oldValue);
    }
    this.entries.set(key, value);
    return value;
  }
}
