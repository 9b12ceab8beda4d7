import type { InputFieldMap, ObjectRef } from "@pothos/core";
import type { StoredRow } from "../../../db/model-delegates.js";
import { type WritableKind, writableKinds } from "../../../records/kind-catalogue.js";
import { articleRecordsSchema } from "../../../records/record-shapes.js";
import { placementsOf, storedPlacementOf } from "../../../store/placement.js";
import { DuplicateRecordError, InvalidInputError, RecordNotFoundError, RetiredRecordError, StaleVersionError } from "../../../store/write-errors.js";
import { claimVersion, retireRecord, type Snapshot, writeRecords } from "../../../store/write-records.js";
import { viewerMayWriteIn, writeScope } from "../../auth-scopes.js";
import { builder } from "../../builder.js";
import type { Context } from "../../context.js";
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

/** The source every record input carries: the article on record and the passage stating the record. */
interface SourceArgument {
  source: { article: string; excerpt: string };
}

/**
 * An input in the shape of the record's seed file entry: natural keys for references (region
 * code, organisation name …), and `source` for the excerpt, so one validation and one writer
 * serve seeds, imports and mutations alike. GraphQL nulls mean "not given"; the ID and version
 * of an update are the mutation's, not the record's.
 */
function recordOf(input: SourceArgument & object): Record<string, unknown> {
  const fields = Object.entries(input).filter(([name]) => name !== "source" && name !== "id" && name !== "version");
  return Object.fromEntries([...fields, ["excerpt", input.source.excerpt]].filter(([, value]) => value !== null && value !== undefined));
}

/** An input problem's field, from its path in the article-file shape ([collection, index, field, …]). */
function inputFieldOf(path: (string | number)[]) {
  if (path[0] === "article") return "input.source.article";
  if (path[2] === "excerpt") return "input.source.excerpt";
  return ["input", ...path.slice(2)].join(".");
}

/** A global ID argument as the Relay plugin decodes it. */
interface NodeIdArg {
  id: string;
  typename: string;
}

const recordId = (id: NodeIdArg) => Number(id.id);

/**
 * create<Kind>, update<Kind> and retire<Kind> for one kind of record. Editors write only records
 * placed in their region subtree (for an update, both where the record is and where it goes);
 * admins write anything. Every write is validated, transactional, versioned and audited; each
 * answers with the record as it now stands.
 */
export function defineRecordMutations(kind: WritableKind, type: ObjectRef<BuilderTypes, StoredRow>, recordFields: (t: RecordInputFields) => InputFieldMap) {
  const { collection, naturalKey, label, model } = writableKinds[kind];
  /**
   * Where the input would place the record, from its canonical form (the same parse the write path
   * makes); undefined when it has none, and the write path then refuses it before writing anything.
   */
  const placementOfInput = async (context: Context, input: SourceArgument & object) => {
    const canonical = articleRecordsSchema.safeParse({ [collection]: [recordOf(input)] });
    return canonical.success ? placementsOf(context.db, canonical.data) : undefined;
  };
  const placementOfStored = async (context: Context, id: NodeIdArg) => [(await storedPlacementOf(context.db, kind, recordId(id))) ?? []];
  /** The record as the write left it (the writer's snapshot after the write), as the mutation's answer. */
  const written = (after: Snapshot, key: string): StoredRow => {
    const record = after.get(collection, key);
    if (!record) throw new Error(`the ${label} "${key}" just written is missing from the write's snapshot`);
    return record;
  };

  const CreateInput = builder.inputType(`Create${kind}Input`, {
    description: `A new ${label}, with its source.`,
    fields: (t) => ({ ...recordFields(t), source: t.field({ type: SourceInput, required: true, description: "Where the record is stated." }) }),
  });
  const UpdateInput = builder.inputType(`Update${kind}Input`, {
    description: `A ${label}'s new state, replacing the whole record, with the version it was read at. Its ${naturalKey} cannot change.`,
    fields: (t) => ({
      id: t.globalID({ required: true, for: type, description: "The record's global ID." }),
      version: t.int({ required: true, description: "The version the change is based on, as the record's version field returned it." }),
      ...recordFields(t),
      source: t.field({ type: SourceInput, required: true, description: "Where the record's new state is stated." }),
    }),
  });
  const RetireInput = builder.inputType(`Retire${kind}Input`, {
    description: `Which ${label} to withdraw, with the version it was read at.`,
    fields: (t) => ({
      id: t.globalID({ required: true, for: type, description: "The record's global ID." }),
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

  builder.mutationField(`create${kind}`, (t) =>
    t.field({
      type,
      description: `Adds a ${label}. Refused when the ${naturalKey} is taken.`,
      errors: answers("created", [InvalidInputError, DuplicateRecordError]),
      args: { input: t.arg({ type: CreateInput, required: true, description: `The ${label} and its source.` }) },
      authScopes: (_root, { input }, context) => writeScope(context, () => placementOfInput(context, input)),
      resolve: async (_root, { input }, context) => {
        const record = recordOf(input);
        const key = String(record[naturalKey]);
        const { after } = await writeRecords(context.db, context.viewer, {
          operation: `create${kind}`,
          article: { key: input.source.article },
          records: { [collection]: [record] },
          fieldOf: inputFieldOf,
          mayWrite: (placements) => viewerMayWriteIn(context, placements),
          guard: async (_tx, before) => {
            if (before.has(collection, key)) throw new DuplicateRecordError(label, key);
          },
          // A create that raced another for the same key found it free, then waited on the other's
          // row and wrote over it; the other's committed audit entry gives it away.
          verify: async (tx) => {
            if ((await tx.auditEntry.count({ where: { entity: model, entityKey: key } })) > 0) throw new DuplicateRecordError(label, key);
          },
        });
        return written(after, key);
      },
    }),
  );

  builder.mutationField(`update${kind}`, (t) =>
    t.field({
      type,
      description: `Replaces a ${label}'s state if nobody changed it since the given version; raises its version.`,
      errors: answers("updated", [InvalidInputError, RecordNotFoundError, StaleVersionError, RetiredRecordError]),
      args: { input: t.arg({ type: UpdateInput, required: true, description: `The ${label}'s ID, version and new state.` }) },
      authScopes: (_root, { input }, context) =>
        writeScope(context, async () => [...(await placementOfStored(context, input.id)), ...((await placementOfInput(context, input)) ?? [])]),
      resolve: async (_root, { input }, context) => {
        const { id, version } = input;
        const record = recordOf(input);
        const key = String(record[naturalKey]);
        const { after } = await writeRecords(context.db, context.viewer, {
          operation: `update${kind}`,
          article: { key: input.source.article },
          records: { [collection]: [record] },
          fieldOf: inputFieldOf,
          mayWrite: (placements) => viewerMayWriteIn(context, placements),
          guard: claimVersion({ kind, id: recordId(id), version, globalId: encodeNodeId(kind, id.id), key }),
        });
        return written(after, key);
      },
    }),
  );

  builder.mutationField(`retire${kind}`, (t) =>
    t.field({
      type,
      description: `Withdraws a ${label}: it stays on record with who retired it and when, and no longer counts in aggregates and comparisons.`,
      errors: answers("retired", [RecordNotFoundError, StaleVersionError, RetiredRecordError]),
      args: { input: t.arg({ type: RetireInput, required: true, description: `The ${label}'s ID and version.` }) },
      authScopes: (_root, { input }, context) => writeScope(context, () => placementOfStored(context, input.id)),
      resolve: async (_root, { input }, context) => {
        const { id, version } = input;
        return retireRecord(context.db, context.viewer, { operation: `retire${kind}`, kind, id: recordId(id), version, globalId: encodeNodeId(kind, id.id) });
      },
    }),
  );
}
