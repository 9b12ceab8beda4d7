import type { InputFieldMap, ObjectRef } from "@pothos/core";
import { mayWriteIn, writeScope } from "../../auth/scopes.js";
import { builder } from "../../builder.js";
import type { Context } from "../../context.js";
import { placementsOf, storedPlacementOf } from "../../writes/placement.js";
import { writableKinds, type WritableKind } from "../../writes/writable-kinds.js";
import { DuplicateRecordError, InvalidInputError, RecordNotFoundError, RetiredRecordError, StaleVersionError } from "../../writes/write-errors.js";
import { claimVersion, retireRecord, writeRecords } from "../../writes/write-records.js";
import { encodeNodeId } from "./global-id.js";
import type { BuilderTypes, RecordInputFields } from "./record-inputs.js";
import "./mutation-errors.js";

export const SourceInput = builder.inputType("SourceInput", {
  description: "Where a written record comes from: an article on record and the passage of it that states the record. 出处",
  fields: (t) => ({
    article: t.string({ required: true, description: "The article's key, as Article.key returns it." }),
    excerpt: t.string({ required: true, description: "The passage of the article the record is taken from (whitespace is ignored when it is found)." }),
  }),
});

type RecordInput = Record<string, unknown> & { source: { article: string; excerpt: string } };
type NodeIdArg = { id: string; typename: string };

/**
 * An input in the shape of the record's seed file entry: natural keys for references (region
 * code, organisation name …), and `source` for the excerpt, so one validation and one writer
 * serve seeds, imports and mutations alike. GraphQL nulls mean "not given".
 */
function recordOf(input: RecordInput): Record<string, unknown> {
  const { source, id: _id, version: _version, ...fields } = input;
  return Object.fromEntries([...Object.entries(fields), ["excerpt", source.excerpt]].filter(([, value]) => value !== null && value !== undefined));
}

/** An input problem's field, from its path in the article-file shape ([collection, index, field, …]). */
function inputFieldOf(path: (string | number)[]) {
  if (path[0] === "article") return "input.source.article";
  if (path[2] === "excerpt") return "input.source.excerpt";
  return ["input", ...path.slice(2)].join(".");
}

const recordId = (id: NodeIdArg) => Number(id.id);

/**
 * create<Kind>, update<Kind> and retire<Kind> for one kind of record. Editors write only records
 * placed in their region subtree (for an update, both where the record is and where it goes);
 * admins write anything. Every write is validated, transactional, versioned and audited.
 */
export function defineRecordMutations(kind: WritableKind, type: ObjectRef<BuilderTypes, unknown>, recordFields: (t: RecordInputFields) => InputFieldMap) {
  const { collection, keyField, label, model } = writableKinds[kind];
  const singleRecord = (input: RecordInput) => ({ [collection]: [recordOf(input)] });
  const placementOfInput = async (context: Context, input: RecordInput) => placementsOf(context.db, singleRecord(input));
  const placementOfStored = async (context: Context, id: NodeIdArg) => [(await storedPlacementOf(context.db, kind, recordId(id))) ?? []];

  const CreateInput = builder.inputType(`Create${kind}Input`, {
    description: `A new ${label}, with its source.`,
    fields: (t) => ({ ...recordFields(t), source: t.field({ type: SourceInput, required: true, description: "Where the record is stated." }) }),
  });
  const UpdateInput = builder.inputType(`Update${kind}Input`, {
    description: `A ${label}'s new state, replacing the whole record, with the version it was read at. Its ${keyField} cannot change.`,
    fields: (t) => ({
      id: t.globalID({ required: true, for: type as never, description: "The record's global ID." }),
      version: t.int({ required: true, description: "The version the change is based on, as the record's version field returned it." }),
      ...recordFields(t),
      source: t.field({ type: SourceInput, required: true, description: "Where the record's new state is stated." }),
    }),
  });
  const RetireInput = builder.inputType(`Retire${kind}Input`, {
    description: `Which ${label} to withdraw, with the version it was read at.`,
    fields: (t) => ({
      id: t.globalID({ required: true, for: type as never, description: "The record's global ID." }),
      version: t.int({ required: true, description: "The version the retirement is based on." }),
    }),
  });

  /** Result and union descriptions of one mutation, for the errors plugin's generated types. */
  const answers = (verb: string, types: (new (...args: never[]) => Error)[]) => ({
    types,
    result: { description: `The ${label} as ${verb}.` },
    union: { description: `The ${label} as ${verb}, or why nothing was written.` },
    dataField: { description: `The ${label} as ${verb}.` },
  });
  const resultOf = (after: Map<string, unknown>, key: string) => after.get(`${collection}\u0000${key}`) ?? null;

  builder.mutationField(`create${kind}`, (t) =>
    t.field({
      type: type as never,
      description: `Adds a ${label}. Refused when the ${keyField} is taken.`,
      errors: answers("created", [InvalidInputError, DuplicateRecordError]),
      args: { input: t.arg({ type: CreateInput, required: true, description: `The ${label} and its source.` }) },
      authScopes: (_root, { input }, context) => writeScope(context, () => placementOfInput(context, input as RecordInput)),
      resolve: async (_root, { input }, context) => {
        const record = recordOf(input as RecordInput);
        const key = String(record[keyField]);
        const { after } = await writeRecords(context.db, context.viewer, {
          operation: `create${kind}`,
          article: { key: (input as RecordInput).source.article },
          records: { [collection]: [record] },
          fieldOf: inputFieldOf,
          mayWrite: (placements) => mayWriteIn(context, placements),
          guard: async (_tx, before) => {
            if (before.has(`${collection}\u0000${key}`)) throw new DuplicateRecordError(label, key);
          },
          // A create that raced another for the same key found it free, then waited on the other's
          // row and wrote over it; the other's committed audit entry gives it away.
          verify: async (tx) => {
            if ((await tx.auditEntry.count({ where: { entity: model, entityKey: key } })) > 0) throw new DuplicateRecordError(label, key);
          },
        });
        return resultOf(after, key) as never;
      },
    }),
  );

  builder.mutationField(`update${kind}`, (t) =>
    t.field({
      type: type as never,
      description: `Replaces a ${label}'s state if nobody changed it since the given version; raises its version.`,
      errors: answers("updated", [InvalidInputError, RecordNotFoundError, StaleVersionError, RetiredRecordError]),
      args: { input: t.arg({ type: UpdateInput, required: true, description: `The ${label}'s ID, version and new state.` }) },
      authScopes: (_root, { input }, context) =>
        writeScope(context, async () => [...(await placementOfStored(context, (input as unknown as { id: NodeIdArg }).id)), ...(await placementOfInput(context, input as RecordInput))]),
      resolve: async (_root, { input }, context) => {
        const { id, version } = input as unknown as { id: NodeIdArg; version: number };
        const record = recordOf(input as RecordInput);
        const key = String(record[keyField]);
        const { after } = await writeRecords(context.db, context.viewer, {
          operation: `update${kind}`,
          article: { key: (input as RecordInput).source.article },
          records: { [collection]: [record] },
          fieldOf: inputFieldOf,
          mayWrite: (placements) => mayWriteIn(context, placements),
          guard: claimVersion({ kind, id: recordId(id), version, globalId: encodeNodeId(kind, id.id), key }),
        });
        return resultOf(after, key) as never;
      },
    }),
  );

  builder.mutationField(`retire${kind}`, (t) =>
    t.field({
      type: type as never,
      description: `Withdraws a ${label}: it stays on record with who retired it and when, and no longer counts in aggregates and comparisons.`,
      errors: answers("retired", [RecordNotFoundError, StaleVersionError, RetiredRecordError]),
      args: { input: t.arg({ type: RetireInput, required: true, description: `The ${label}'s ID and version.` }) },
      authScopes: (_root, { input }, context) => writeScope(context, () => placementOfStored(context, (input as unknown as { id: NodeIdArg }).id)),
      resolve: async (_root, { input }, context) => {
        const { id, version } = input as unknown as { id: NodeIdArg; version: number };
        return (await retireRecord(context.db, context.viewer, { operation: `retire${kind}`, kind, id: recordId(id), version, globalId: encodeNodeId(kind, id.id) })) as never;
      },
    }),
  );
}
