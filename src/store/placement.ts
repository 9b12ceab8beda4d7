import type { Database } from "../db/client.js";
import { delegateOf, type ModelClient } from "../db/model-delegates.js";
import { inChunks } from "../db/sql-conditions.js";
import { articleAttributingFields, type Collection, collections, kindOf, type WritableKind, writableKinds } from "../records/kind-catalogue.js";
import type { ArticleRecords, ArticleSeed } from "../records/record-shapes.js";
import { keysIn, referenceFields } from "../records/references.js";

// Where a record sits decides who may write it: an editor writes only records placed inside its
// region's subtree. A record is placed by its region, or through the organisation or person it
// is about, or the organisations that issued or confer it; a record placed nowhere is for admins.
// Every organisation or person a record attributes an act to must lie inside the subtree too.

/** What a reference field names: a region, a person (placed by its employer) or an organisation. */
const referenceKindOf = (field: string) => referenceFields[field];

/**
 * The code an organisation or person that is placed nowhere (no region, no employer, unknown)
 * stands for: no region has it, so an editor's write naming one fails closed.
 */
export const placedNowhere = "(placed nowhere)";

interface NamedReference {
  field: string;
  key: string;
}

/** The placing and attributing references of one record: what must lie inside an editor's subtree. */
function placingReferencesOf(record: object, fields: readonly string[]): NamedReference[] {
  return fields.flatMap((field) => keysIn(Reflect.get(record, field)).map((key) => ({ field, key })));
}

/**
 * The division codes of every record in `records` (one list per record, in collection order),
 * through its placing and attributing fields; with `article`, one more list for the organisation
 * and persons an imported article is attributed to, when it names any. Organisations and persons
 * are looked up among the records themselves first, then the database.
 */
export async function placementsOf(db: ModelClient, records: Partial<ArticleRecords>, article?: Partial<ArticleSeed>): Promise<string[][]> {
  const declaredOrganisations = new Map((records.organisations ?? []).map((o) => [o.nameZh, o.region]));
  const declaredPersons = new Map((records.persons ?? []).map((p) => [p.key, p.employer]));
  const placed = collections.flatMap((collection) => {
    const { placingFields, attributingFields = [] } = kindOf(collection);
    return (records[collection] ?? []).map((record: object) => placingReferencesOf(record, [...placingFields, ...attributingFields]));
  });
  const ofArticle = article ? placingReferencesOf(article, articleAttributingFields) : [];
  if (ofArticle.length > 0) placed.push(ofArticle);

  const personKeys = placed
    .flat()
    .filter((p) => referenceKindOf(p.field) === "person" && !declaredPersons.has(p.key))
    .map((p) => p.key);
  const storedPersons = new Map(
    (
      await inChunks([...new Set(personKeys)], (keys) =>
        db.person.findMany({ where: { key: { in: keys } }, select: { key: true, employer: { select: { nameZh: true } } } }),
      )
    ).map((p) => [p.key, p.employer?.nameZh]),
  );
  const employerOf = (personKey: string) => (declaredPersons.has(personKey) ? declaredPersons.get(personKey) : storedPersons.get(personKey));
  const organisationNamed = ({ field, key }: NamedReference) => (referenceKindOf(field) === "person" ? employerOf(key) : key);

  const organisationNames = placed
    .flat()
    .filter((p) => referenceKindOf(p.field) !== "region")
    .map(organisationNamed)
    .filter((name): name is string => name !== undefined && !declaredOrganisations.has(name));
  const storedOrganisations = new Map(
    (
      await inChunks([...new Set(organisationNames)], (names) =>
        db.organisation.findMany({ where: { nameZh: { in: names } }, select: { nameZh: true, region: { select: { code: true } } } }),
      )
    ).map((o) => [o.nameZh, o.region?.code]),
  );
  const regionOfOrganisation = (name: string | undefined) =>
    name === undefined ? undefined : declaredOrganisations.has(name) ? declaredOrganisations.get(name) : storedOrganisations.get(name);

  return placed.map((references) =>
    references.map((reference) =>
      referenceKindOf(reference.field) === "region" ? reference.key : (regionOfOrganisation(organisationNamed(reference)) ?? placedNowhere),
    ),
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
  const rows = await inChunks(keys, (chunk) =>
    delegateOf(db, model).findMany({ where: { [naturalKey]: { in: chunk } }, select: storedPlacementSelect(collection) }),
  );
  return rows.map(codesIn);
}

function codesIn(value: unknown): string[] {
  if (value === null || typeof value !== "object") return [];
  if (Array.isArray(value)) return value.flatMap(codesIn);
  return Object.entries(value).flatMap(([field, inner]) => (field === "code" && typeof inner === "string" ? [inner] : codesIn(inner)));
}
