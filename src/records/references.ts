import { ByKindAndKey } from "./keyed-records.js";
import { declaringCollections, type ReferenceKind } from "./kind-catalogue.js";
import type { ArticleRecords } from "./record-shapes.js";

// Records of an article file refer to each other by natural key. This table says which record
// fields hold which kind of reference, for the checks that references resolve, for the writer
// that turns them into database ids, and for deciding which regions a write touches.

/** Record field → kind of record it names; list fields (issuers, authors …) name several. */
export const referenceFields: Record<string, ReferenceKind> = {
  region: "region",
  scopeRegion: "region",
  organisation: "organisation",
  parent: "organisation",
  payer: "organisation",
  grantor: "organisation",
  organiser: "organisation",
  operator: "organisation",
  host: "organisation",
  owner: "organisation",
  employer: "organisation",
  authorOrganisation: "organisation",
  originalPublisher: "organisation",
  issuers: "organisation",
  conferrers: "organisation",
  appraisalCentre: "organisation",
  drafter: "organisation",
  trainingSite: "organisation",
  person: "person",
  lead: "person",
  authors: "person",
  indicator: "indicator",
  policyDocument: "policyDocument",
  documents: "policyDocument",
  honourTitle: "honourTitle",
  skillCompetition: "skillCompetition",
  serviceFacility: "serviceFacility",
  sourceDocument: "sourceDocument",
};

export interface Reference {
  kind: ReferenceKind;
  key: string;
  field: string;
}

/** The natural keys a field's value holds: one, several (issuers, authors …) or none. */
export function keysIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((key): key is string => typeof key === "string");
  return [];
}

/** Every natural-key reference a record of an article file makes. */
export function referencesOf(record: object): Reference[] {
  return Object.entries(record).flatMap(([field, value]) => {
    const kind = referenceFields[field];
    return kind ? keysIn(value).map((key) => ({ kind, key, field })) : [];
  });
}

/** Natural keys that resolve: `has(kind, key)`. */
export interface KnownKeys {
  has(kind: ReferenceKind, key: string): boolean;
}

/** Keys by kind, with what article files declare added to what is known already. */
export class KeySet implements KnownKeys {
  private readonly keys = new ByKindAndKey<ReferenceKind, true>();
  add(kind: ReferenceKind, key: string) {
    this.keys.set(kind, key, true);
    return this;
  }
  has(kind: ReferenceKind, key: string) {
    return this.keys.has(kind, key);
  }
  addDeclared(data: Partial<ArticleRecords>) {
    for (const { collection, kind, naturalKey } of declaringCollections) {
      const declared: readonly object[] = data[collection] ?? [];
      for (const record of declared) for (const key of keysIn(Reflect.get(record, naturalKey))) this.add(kind, key);
    }
    return this;
  }
}
