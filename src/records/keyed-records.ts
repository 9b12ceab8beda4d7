/**
 * Values by kind and natural key, as a map of maps: what a write resolves references through,
 * what it snapshots, which keys it knows. A composite key stays a typed structure, never a
 * joined string to split again.
 */
export class ByKindAndKey<Kind extends string, Value> {
  private readonly byKind = new Map<Kind, Map<string, Value>>();

  get(kind: Kind, key: string): Value | undefined {
    return this.byKind.get(kind)?.get(key);
  }

  has(kind: Kind, key: string): boolean {
    return this.byKind.get(kind)?.has(key) ?? false;
  }

  set(kind: Kind, key: string, value: Value): this {
    let ofKind = this.byKind.get(kind);
    if (!ofKind) {
      ofKind = new Map();
      this.byKind.set(kind, ofKind);
    }
    ofKind.set(key, value);
    return this;
  }

  /** The keys held for one kind. */
  keysOf(kind: Kind): string[] {
    return [...(this.byKind.get(kind)?.keys() ?? [])];
  }

  *entries(): IterableIterator<[Kind, string, Value]> {
    for (const [kind, ofKind] of this.byKind) for (const [key, value] of ofKind) yield [kind, key, value];
  }
}
