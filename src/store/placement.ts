import type { Database } from "../db/client.js";
import { delegateOf, type ModelClient } from "../db/model-delegates.js";
import { type Collection, collections, kindOf, type WritableKind, writableKinds } from "../records/kind-catalogue.js";
import type { ArticleRecords } from "../records/record-shapes.js";
import { keysIn } from "../records/references.js";

// Where a record sits decides who may write it: an editor writes only records placed inside its
// region's subtree. A record is placed by its region, or through the organisation or person it
// is about, or the organisations that issued or confer it; a record placed nowhere is for admins.

const personFields = new Set(["person"]);
const regionFields = new Set(["region"]);

/**
 * The division codes of every record in `records` (one list per record, in collection order).
 * Organisations and persons are looked up among the records themselves first, then the database.
 */
export async function placementsOf(db: ModelClient, records: Partial<ArticleRecords>): Promise<string[][]> {
  const declaredOrganisations = new Map((records.organisations ?? []).map((o) => [o.nameZh, o.region]));
  const declaredPersons = new Map((records.persons ?? []).map((p) => [p.key, p.employer]));
  const placed = collections.flatMap((collection) =>
    (records[collection] ?? []).map((record: object) =>
      kindOf(collection).placingFields.flatMap((field) => keysIn(Reflect.get(record, field)).map((key) => ({ field, key }))),
    ),
  );

  const personKeys = placed
    .flat()
    .filter((p) => personFields.has(p.field) && !declaredPersons.has(p.key))
    .map((p) => p.key);
  const storedPersons = new Map(
    (await db.person.findMany({ where: { key: { in: personKeys } }, select: { key: true, employer: { select: { nameZh: true } } } })).map((p) => [
      p.key,
      p.employer?.nameZh,
    ]),
  );
  const employerOf = (personKey: string) => (declaredPersons.has(personKey) ? declaredPersons.get(personKey) : storedPersons.get(personKey));

  const organisationNames = placed
    .flat()
    .filter((p) => !regionFields.has(p.field))
    .map((p) => (personFields.has(p.field) ? employerOf(p.key) : p.key))
    .filter((name): name is string => name !== undefined && !declaredOrganisations.has(name));
  const storedOrganisations = new Map(
    (await db.organisation.findMany({ where: { nameZh: { in: organisationNames } }, select: { nameZh: true, region: { select: { code: true } } } })).map(
      (o) => [o.nameZh, o.region?.code],
    ),
  );
  const regionOfOrganisation = (name: string | undefined) =>
    name === undefined ? undefined : declaredOrganisations.has(name) ? declaredOrganisations.get(name) : storedOrganisations.get(name);

  return placed.map((fields) =>
    fields
      .map(({ field, key }) => (regionFields.has(field) ? key : regionOfOrganisation(personFields.has(field) ? employerOf(key) : key)))
      .filter((code): code is string => code !== undefined),
  );
}

const regionCode = { select: { code: true } } as const;
const organisationRegion = { select: { region: regionCode } } as const;
const throughIssuers = { select: { organisation: organisationRegion } } as const;

/** How each placing field is read back from a stored record, as part of a Prisma select. */
const storedPlacingField: Record<string, object> = {
  region: { region: regionCode },
  organisation: { organisation: organisationRegion },
  person: { person: { select: { employer: organisationRegion } } },
  employer: { employer: organisationRegion },
  issuers: { issuers: throughIssuers },
  conferrers: { conferrers: throughIssuers },
  organiser: { organiser: organisationRegion },
  grantor: { grantor: organisationRegion },
};

/** What places a stored record of a collection: the stored form of its placing fields, as a Prisma select. */
const storedPlacementSelect = (collection: Collection): object =>
  Object.assign({}, ...kindOf(collection).placingFields.map((field) => storedPlacingField[field]));

/** The division codes a stored record of a writable kind is placed in; null when there is no such record. */
export async function storedPlacementOf(db: Database, kind: WritableKind, id: number): Promise<string[] | null> {
  const { model, collection } = writableKinds[kind];
  const row = await delegateOf(db, model).findUnique({ where: { id }, select: storedPlacementSelect(collection) });
  return row === null ? null : codesIn(row);
}

/** Per stored record among `keys` of a collection (by natural key), the division codes it is placed in. */
export async function storedPlacementsByKey(db: ModelClient, collection: Collection, keys: string[]): Promise<string[][]> {
  const { model, naturalKey } = kindOf(collection);
  const rows = await delegateOf(db, model).findMany({ where: { [naturalKey]: { in: keys } }, select: storedPlacementSelect(collection) });
  return rows.map(codesIn);
}

function codesIn(value: unknown): string[] {
  if (value === null || typeof value !== "object") return [];
  if (Array.isArray(value)) return value.flatMap(codesIn);
  return Object.entries(value).flatMap(([field, inner]) => (field === "code" && typeof inner === "string" ? [inner] : codesIn(inner)));
}
