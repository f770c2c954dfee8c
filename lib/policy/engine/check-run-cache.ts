import { createHash } from 'crypto';

/**
 * Results worked out once per check run and reused, keyed by a hash of the content they were worked out from: a
 * stack of 1,000 instances whose user data holds the same script parses that script once, not 1,000 times. Only
 * results derived from the content alone belong here (never a finding about one resource), and the key holds
 * everything the result depends on, so a hit gives exactly what working it out again would.
 */
export class CheckRunCache {
  private readonly results = new Map<string, unknown>();

  /** `compute()`'s result for this kind of work on these inputs, worked out the first time only. */
  public once<T>(kind: string, inputs: readonly string[], compute: () => T): T {
    const key = CheckRunCache.key(kind, inputs);
    if (this.results.has(key)) return this.results.get(key) as T;
    const result = compute();
    this.results.set(key, result);
    return result;
  }

  /** How many distinct results it holds: what a test counts to see that equal content was worked on once. */
  public get size(): number {
    return this.results.size;
  }

  private static key(kind: string, inputs: readonly string[]): string {
    const hash = createHash('sha256').update(kind);
    // Each input prefixed by its length: ['ab', 'c'] and ['a', 'bc'] must not share a key.
    for (const input of inputs) hash.update(`\u0000${input.length}:`).update(input);
    return hash.digest('base64');
  }
}
