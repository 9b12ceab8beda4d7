import { refusal } from "../auth/scopes.js";
import type { Viewer } from "../auth/viewer.js";
import type { Database } from "../db/client.js";
import { providerOf } from "../db/client.js";
import { isWriteConflict } from "../db/database-errors.js";
import { delegateOf, type StoredRow } from "../db/model-delegates.js";
import { lockNaturalKeys } from "../db/natural-key-locks.js";
import { inChunks } from "../db/sql-conditions.js";
import type { Prisma } from "../generated/sqlite/index.js";
import { ByKindAndKey } from "../records/keyed-records.js";
import { type Collection, collections, kindOf, type ReferenceKind, referenceLookups, type WritableKind, writableKinds } from "../records/kind-catalogue.js";
import { checkArticle, type DataProblem } from "../records/record-checks.js";
import type { ArticleRecords } from "../records/record-shapes.js";
import { type ArticleSeed, articleRecordsSchema, type SourceDocumentSeed } from "../records/record-shapes.js";
import { KeySet, referencesOf } from "../records/references.js";
import { keepDerivedData } from "./derived-data.js";
import { nameCollisions } from "./name-collisions.js";
import { placementsOf, storedPlacementsByKey } from "./placement.js";
import { Ids, writeArticle, writeArticleRecords } from "./record-writer.js";
import { type InputProblem, InvalidInputError, RecordNotFoundError, RetiredRecordError, StaleVersionError } from "./write-errors.js";

type Tx = Prisma.TransactionClient;

/** Records by collection and natural key, as they stand in the database. */
export type Snapshot = ByKindAndKey<Collection, StoredRow>;

export interface RecordsWrite {
  /** The mutation making the write ("importReport" for imports), for the audit trail. */
  operation: string;
  /** The article every record cites: an article on record, or one this write brings (an import). */
  article: { key: string } | { seed: ArticleSeed; text: string; sourceDocument?: SourceDocumentSeed };
  records: Partial<ArticleRecords>;
  /** Names a problem's input field for the client, from its path in the article-file shape. */
  fieldOf: (path: (string | number)[]) => string;
  /**
   * Runs in the transaction before anything is written, with the records as they stand: refuses
   * (by throwing a WriteError) what must not be written, or claims the version it updates.
   */
  guard?: (tx: Tx, before: Snapshot) => Promise<void>;
  /** Runs in the transaction after the records are written and before they are audited: a last refusal. */
  verify?: (tx: Tx) => Promise<void>;
  /** Called after each row the writer upserts: a progress signal for large imports. */
  onRowWritten?: () => void;
  /**
   * Whether the writer may write records with these placements (per record, its division codes):
   * asked again inside the transaction for the records as they are stored, so a write can never
   * change a record that sits outside the writer's region by naming it with a new placement.
   */
  mayWrite: (placements: string[][]) => Promise<boolean>;
}

export interface RecordsWritten {
  after: Snapshot;
  created: number;
  changed: number;
}

/**
 * The one write path for article data, from a single-record mutation to a whole newsletter
 * import: checks the records as the seed loader does (shape, references, excerpts in the
 * article's text, stated numbers), then in one transaction writes them with the seed loader's
 * own writer, raises the version of every versioned record that changed, and records an audit
 * entry with the before and after image of each record created or changed.
 */
export async function writeRecords(db: Database, viewer: Viewer, write: RecordsWrite): Promise<RecordsWritten> {
  const parsed = articleRecordsSchema.safeParse(write.records);
  if (!parsed.success)
    throw invalid(
      write,
      parsed.error.issues.map((issue) => ({ path: issue.path as (string | number)[], message: issue.message })),
    );
  const records = parsed.data;

  const { ids, known } = await storedReferences(db, records, "seed" in write.article ? write.article : undefined);
  const article = await articleToCite(db, write, ids, known);
  const problems = checkArticle("input", article.seed, records, known, article.text);
  if (problems.length > 0) throw invalid(write, problems);

  return retryingWriteConflicts(() =>
    db.$transaction(
      async (tx) => {
        await lockNaturalKeys(
          tx,
          providerOf(db),
          collections.flatMap((collection) => naturalKeysOf(records, collection).map((key) => `${collection}:${key}`)),
        );
        await lockVersionedRecords(tx, records);
        const before = await snapshot(tx, records);
        await refuseOutsideWriter(tx, viewer, write, records, before);
        await write.guard?.(tx, before);
        if ("seed" in write.article) {
          const { seed, text, sourceDocument } = write.article;
          if (sourceDocument) {
            const row = await tx.sourceDocument.upsert({ where: { key: sourceDocument.key }, create: sourceDocument, update: sourceDocument });
            ids.set("sourceDocument", sourceDocument.key, row.id);
          }
          await writeArticle(tx, seed, ids, text);
        }
        const writer = write.onRowWritten ? reportingUpserts(tx, write.onRowWritten) : tx;
        await writeArticleRecords(
          writer,
          ["seed" in write.article ? { article: write.article.seed, records } : { articleKey: write.article.key, records }],
          ids,
        );
        const collisions = await nameCollisions(tx, records);
        if (collisions.length > 0) throw invalid(write, collisions);
        await write.verify?.(tx);
        const { changes, after } = await raiseVersions(tx, records, before);
        await keepDerivedData(
          tx,
          changes.map(({ collection, key }) => ({ model: kindOf(collection).model, before: before.get(collection, key), after: after.get(collection, key) })),
        );
        await inChunks(changes, async (chunk) => [
          await tx.auditEntry.createMany({
            data: chunk.map(({ collection, key }) => ({
              actor: viewer.subject ?? "anonymous",
              role: viewer.role,
              operation: write.operation,
              entity: kindOf(collection).model,
              entityKey: key,
              before: auditImage(before.get(collection, key)),
              after: auditImage(after.get(collection, key)),
            })),
          }),
        ]);
        return { after, created: changes.filter((c) => !before.has(c.collection, c.key)).length, changed: changes.length };
      },
      { timeout: 120_000, maxWait: 10_000 },
    ),
  );
}

/**
 * Runs a write transaction again when a concurrent one got in first (a serialization failure, a
 * unique key taken meanwhile, a deadlock): two writes citing the same new passage both try to
 * insert its citation, and the loser sees the winner's row on its retry; a create racing for the
 * same key is then refused as ALREADY_EXISTS by its guard.
 */
async function retryingWriteConflicts<T>(transaction: () => Promise<T>, attempts = 6): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (error) {
      if (attempt >= attempts || !isWriteConflict(error)) throw error;
      // A short random pause, growing with each attempt, so racing writers do not collide again.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}

/**
 * Refuses (FORBIDDEN) a write by anyone but an admin that would change a stored record placed
 * outside the writer's region, or change an article or newsletter already on record: those are
 * shared by every record that cites them.
 */
async function refuseOutsideWriter(tx: Tx, viewer: Viewer, write: RecordsWrite, records: ArticleRecords, before: Snapshot) {
  if (viewer.role === "admin") return;
  refusePersonalDetailsOnRecord(viewer, records, before);
  // Where the records go, from their canonical form: the same values the references resolve and
  // the writer writes, so no spelling of a name can place a record other than where it is written.
  const article = "seed" in write.article ? write.article.seed : undefined;
  if (!(await write.mayWrite(await placementsOf(tx, records, article)))) {
    throw refusal(viewer, "the write would place records, or attribute them to organisations or persons, outside your region");
  }
  const stored = (
    await Promise.all(
      collections.map((collection) => {
        const keys = before.keysOf(collection);
        return keys.length > 0 ? storedPlacementsByKey(tx, collection, keys) : [];
      }),
    )
  ).flat();
  if (stored.length > 0 && !(await write.mayWrite(stored))) throw refusal(viewer, "the write would change records stored outside your region");
  if ("seed" in write.article && (await sharedRecordsChange(tx, write.article))) {
    throw refusal(viewer, `article "${write.article.seed.key}" or its newsletter is on record already and only an admin may change it`);
  }
}

/** The personal details a person record may carry: readable by analysts and admins only. */
const personalFields = ["birthDate", "email", "phone"] as const;

/**
 * Refuses personal details of a person already on record from anyone who may not read them, equal
 * to the stored ones or not: an answer of "changed" or "unchanged" would tell an editor whether a
 * guessed e-mail is the stored one, and writing them would overwrite what the editor cannot see.
 * A new person's details are the writer's own to give.
 */
function refusePersonalDetailsOnRecord(viewer: Viewer, records: ArticleRecords, before: Snapshot) {
  if (viewer.role === "analyst") return;
  const person = records.persons.find((candidate) => before.has("persons", candidate.key) && personalFields.some((field) => candidate[field] !== undefined));
  if (person) {
    throw refusal(
      viewer,
      `the personal details (birth date, e-mail, phone) of person "${person.key}", who is on record, are for analysts and admins to change`,
    );
  }
}

/** Whether writing this article (and newsletter) would change what is stored for them. */
async function sharedRecordsChange(tx: Tx, article: { seed: ArticleSeed; text: string; sourceDocument?: SourceDocumentSeed }) {
  const { seed, text, sourceDocument } = article;
  if (sourceDocument) {
    const storedSource = await tx.sourceDocument.findUnique({
      where: { key: sourceDocument.key },
      select: { key: true, titleZh: true, titleEn: true, fileName: true },
    });
    if (
      storedSource &&
      JSON.stringify(storedSource) !==
        JSON.stringify({ key: sourceDocument.key, titleZh: sourceDocument.titleZh, titleEn: sourceDocument.titleEn, fileName: sourceDocument.fileName })
    )
      return true;
  }
  const stored = await tx.article.findUnique({
    where: { key: seed.key },
    select: {
      ordinal: true,
      section: true,
      titleZh: true,
      titleEn: true,
      text: true,
      sourceDocument: { select: { key: true } },
      authorOrganisation: { select: { nameZh: true } },
      originalPublisher: { select: { nameZh: true } },
      authors: { select: { person: { select: { key: true } } }, orderBy: { ordinal: "asc" } },
    },
  });
  if (!stored) return false;
  const asStored = {
    ordinal: stored.ordinal,
    section: stored.section,
    titleZh: stored.titleZh,
    titleEn: stored.titleEn,
    text: stored.text,
    sourceDocument: stored.sourceDocument.key,
    authorOrganisation: stored.authorOrganisation?.nameZh,
    originalPublisher: stored.originalPublisher?.nameZh,
    authors: stored.authors.map((author) => author.person.key),
  };
  const asWritten = {
    ...asStored,
    ...seed,
    text,
    authors: seed.authors,
    authorOrganisation: seed.authorOrganisation,
    originalPublisher: seed.originalPublisher,
    key: undefined,
  };
  return JSON.stringify({ ...asStored, key: undefined }) !== JSON.stringify(asWritten);
}

function invalid(write: RecordsWrite, problems: DataProblem[]): InvalidInputError {
  return new InvalidInputError(problems.map(({ path, message }): InputProblem => ({ field: write.fieldOf(path), message })));
}

/** The transaction client, reporting each upsert it makes, whatever the model. */
function reportingUpserts(tx: Tx, onRowWritten: () => void): Tx {
  return new Proxy(tx, {
    get(target, property, receiver) {
      const delegate: unknown = Reflect.get(target, property, receiver);
      if (typeof delegate !== "object" || delegate === null || !("upsert" in delegate)) return delegate;
      return new Proxy(delegate, {
        get(model, operation, modelReceiver) {
          const method: unknown = Reflect.get(model, operation, modelReceiver);
          if (operation !== "upsert" || typeof method !== "function") return method;
          return async (args: unknown) => {
            const row: unknown = await method.call(model, args);
            onRowWritten();
            return row;
          };
        },
      });
    },
  });
}

/** Ids of the stored records the write refers to, and every key that will resolve (stored or declared by the write). */
async function storedReferences(db: Database, records: ArticleRecords, brought?: { seed: ArticleSeed; sourceDocument?: SourceDocumentSeed }) {
  const references = [
    ...(brought ? referencesOf(brought.seed) : []),
    ...Object.values(records).flatMap((list) => list.flatMap((record) => referencesOf(record))),
  ];
  const wanted = new Map<ReferenceKind, Set<string>>();
  for (const { kind, key } of references) wanted.set(kind, (wanted.get(kind) ?? new Set()).add(key));

  const ids = new Ids();
  const known = new KeySet().addDeclared(records);
  if (brought?.sourceDocument) known.add("sourceDocument", brought.sourceDocument.key);
  await Promise.all(
    [...wanted].map(async ([kind, keys]) => {
      const { model, naturalKey } = referenceLookups[kind];
      const rows = await inChunks([...keys], (chunk) =>
        delegateOf(db, model).findMany({ where: { [naturalKey]: { in: chunk } }, select: { id: true, [naturalKey]: true } }),
      );
      for (const row of rows) {
        const key = String(row[naturalKey]);
        ids.set(kind, key, row.id);
        known.add(kind, key);
      }
    }),
  );
  return { ids, known };
}

/** The article the records cite, with the text their excerpts must be found in. */
async function articleToCite(
  db: Database,
  write: RecordsWrite,
  ids: Ids,
  known: KeySet,
): Promise<{ seed: Pick<ArticleSeed, "key" | "titleZh"> & Partial<ArticleSeed>; text: string }> {
  if ("seed" in write.article) {
    const { seed, text, sourceDocument } = write.article;
    if (!sourceDocument && !known.has("sourceDocument", seed.sourceDocument)) {
      throw invalid(write, [
        {
          path: ["article", "sourceDocument"],
          message: `unknown source document "${seed.sourceDocument}": give the newsletter's sourceDocument with the import`,
        },
      ]);
    }
    return { seed, text };
  }
  const stored = await db.article.findUnique({ where: { key: write.article.key }, select: { id: true, key: true, titleZh: true, text: true } });
  if (!stored) throw invalid(write, [{ path: ["article", "key"], message: `unknown article "${write.article.key}"` }]);
  if (stored.text === null)
    throw invalid(write, [
      { path: ["article", "key"], message: `the text of article "${stored.key}" is not on record: import the article with its text first` },
    ]);
  ids.set("article", stored.key, stored.id);
  return { seed: stored, text: stored.text };
}

/**
 * Locks the stored versioned records the write names before reading them, so no concurrent update
 * can land between this write's snapshot and its upserts: without it an import could overwrite an
 * editor's just-committed update and leave the version as the editor was told it is.
 */
async function lockVersionedRecords(tx: Tx, records: ArticleRecords) {
  for (const collection of collections) {
    const { model, versioned } = kindOf(collection);
    const keys = naturalKeysOf(records, collection);
    if (!versioned || keys.length === 0) continue;
    await inChunks(keys, async (chunk) => [
      await delegateOf(tx, model).updateMany({ where: { [kindOf(collection).naturalKey]: { in: chunk } }, data: { version: { increment: 0 } } }),
    ]);
  }
}

/** The natural keys of a collection's records in a write. */
function naturalKeysOf(records: ArticleRecords, collection: Collection): string[] {
  const { naturalKey } = kindOf(collection);
  const list: readonly Record<string, unknown>[] = records[collection];
  return list.map((record) => String(record[naturalKey]));
}

/** The stored state of every record the write names, with the child rows that belong to it. */
async function snapshot(tx: Tx, records: ArticleRecords): Promise<Snapshot> {
  const rows: Snapshot = new ByKindAndKey();
  for (const collection of collections) {
    const keys = naturalKeysOf(records, collection);
    if (keys.length === 0) continue;
    const { model, naturalKey, include } = kindOf(collection);
    const found = await inChunks(keys, (chunk) => delegateOf(tx, model).findMany({ where: { [naturalKey]: { in: chunk } }, ...(include ? { include } : {}) }));
    for (const row of found) rows.set(collection, String(row[naturalKey]), row);
  }
  return rows;
}

/**
 * Which records the write created or changed (their stored state differs from before), raising
 * the version of the changed versioned ones that a guard has not raised already; with the records
 * as they now stand.
 */
async function raiseVersions(tx: Tx, records: ArticleRecords, before: Snapshot) {
  const after = await snapshot(tx, records);
  const changes: { collection: Collection; key: string }[] = [];
  for (const [collection, key, row] of after.entries()) {
    const previous = before.get(collection, key);
    if (previous && sameState(previous, row)) continue;
    changes.push({ collection, key });
    const { model, versioned } = kindOf(collection);
    if (previous && versioned && previous.version === row.version) {
      await delegateOf(tx, model).updateMany({ where: { id: row.id }, data: { version: { increment: 1 } } });
      after.set(collection, key, { ...row, version: Number(row.version) + 1 });
    }
  }
  return { changes, after };
}

function sameState(before: StoredRow, after: StoredRow) {
  const { version: _before, ...restBefore } = before;
  const { version: _after, ...restAfter } = after;
  return auditImage(restBefore as StoredRow) === auditImage(restAfter as StoredRow);
}

/** A row as JSON text for the audit trail: whole numbers (BigInt) as strings, dates as ISO 8601. */
export function auditImage(row: StoredRow | undefined): string | null {
  return row === undefined ? null : JSON.stringify(row, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
}

/**
 * Withdraws a record without deleting it: who and when are kept on it, the version rises, and
 * the audit trail gets its before and after image. Refused for a stale version or a record
 * already retired.
 */
export async function retireRecord(
  db: Database,
  viewer: Viewer,
  write: { operation: string; kind: WritableKind; id: number; version: number; globalId: string },
) {
  const { model, label, naturalKey } = writableKinds[write.kind];
  return retryingWriteConflicts(() =>
    db.$transaction(async (tx) => {
      const records = delegateOf(tx, model);
      const before = await records.findUnique({ where: { id: write.id } });
      if (!before) throw new RecordNotFoundError(label, write.globalId);
      if (before.retiredAt instanceof Date) throw new RetiredRecordError(label, before.retiredAt);
      const { count } = await records.updateMany({
        where: { id: write.id, version: write.version, retiredAt: null },
        data: { retiredAt: new Date(), retiredBy: viewer.subject, version: { increment: 1 } },
      });
      if (count === 0) throw new StaleVersionError(label, write.version, before.version as number);
      const after = (await records.findUnique({ where: { id: write.id } }))!;
      await tx.auditEntry.create({
        data: {
          actor: viewer.subject ?? "anonymous",
          role: viewer.role,
          operation: write.operation,
          entity: model,
          entityKey: String(after[naturalKey]),
          before: auditImage(before),
          after: auditImage(after),
        },
      });
      await keepDerivedData(tx, [{ model, before, after }]);
      return after;
    }),
  );
}

/**
 * Claims the version an update was based on, before anything is written: the record must be
 * the one the ID names, not retired, and still at that version. Under concurrent updates the
 * database lets exactly one claim of a version succeed; the others are told theirs is stale.
 */
export function claimVersion(write: { kind: WritableKind; id: number; version: number; globalId: string; key: string }) {
  const { model, label, collection, naturalKey } = writableKinds[write.kind];
  return async (tx: Tx, before: Snapshot) => {
    const current = await delegateOf(tx, model).findUnique({ where: { id: write.id } });
    if (!current) throw new RecordNotFoundError(label, write.globalId);
    if (current[naturalKey] !== write.key || before.get(collection, write.key)?.id !== write.id) {
      throw new InvalidInputError([
        {
          field: `input.${naturalKey}`,
          message: `a ${label}'s ${naturalKey} cannot change (it is "${String(current[naturalKey])}"): retire it and create a new one`,
        },
      ]);
    }
    if (current.retiredAt instanceof Date) throw new RetiredRecordError(label, current.retiredAt);
    const { count } = await delegateOf(tx, model).updateMany({ where: { id: write.id, version: write.version }, data: { version: { increment: 1 } } });
    if (count === 0) throw new StaleVersionError(label, write.version, current.version as number);
  };
}
