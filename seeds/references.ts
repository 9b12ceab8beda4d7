// Records of a seed file refer to each other by natural key. This table says which record
// fields hold which kind of reference, for the checks that references resolve, for the loader
// that turns them into database ids, and for deciding which regions a write touches.

export type ReferenceKind =
  | "region"
  | "organisation"
  | "person"
  | "indicator"
  | "policyDocument"
  | "honourTitle"
  | "skillCompetition"
  | "serviceFacility"
  | "sourceDocument";

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
  person: "person",
  lead: "person",
  authors: "person",
  indicator: "indicator",
  policyDocument: "policyDocument",
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

/** Every natural-key reference a record of an article file makes. */
export function referencesOf(record: Record<string, unknown>): Reference[] {
  return Object.entries(record).flatMap(([field, value]) => {
    const kind = referenceFields[field];
    if (!kind || value === undefined) return [];
    const keys = Array.isArray(value) ? (value as string[]) : [value as string];
    return keys.map((key) => ({ kind, key, field }));
  });
}

/** Article-file collections whose records others may refer to, with the field that keys them. */
export const declaringCollections = {
  organisations: ["organisation", "nameZh"],
  persons: ["person", "key"],
  policyDocuments: ["policyDocument", "titleZh"],
  honourTitles: ["honourTitle", "nameZh"],
  skillCompetitions: ["skillCompetition", "nameZh"],
  serviceFacilities: ["serviceFacility", "nameZh"],
} as const satisfies Record<string, readonly [ReferenceKind, string]>;

/** Natural keys that resolve: `has(kind, key)`. */
export interface KnownKeys {
  has(kind: ReferenceKind, key: string): boolean;
}

/** Keys by kind, with what article files declare added to what is known already. */
export class KeySet implements KnownKeys {
  private readonly keys = new Set<string>();
  add(kind: ReferenceKind, key: string) {
    this.keys.add(`${kind}\u0000${key}`);
    return this;
  }
  has(kind: ReferenceKind, key: string) {
    return this.keys.has(`${kind}\u0000${key}`);
  }
  addDeclared(data: Record<string, unknown>) {
    for (const [collection, [kind, field]] of Object.entries(declaringCollections)) {
      for (const record of (data[collection] as Record<string, string>[] | undefined) ?? []) this.add(kind, record[field]!);
    }
    return this;
  }
}
