import { queryFromInfo } from "@pothos/plugin-prisma";
import DataLoader from "dataloader";
import { type FieldNode, GraphQLObjectType, type GraphQLResolveInfo, type GraphQLSchema } from "graphql";
import { refusal } from "../../../auth/scopes.js";
import { delegateOf, type ModelClient, type StoredRow } from "../../../db/model-delegates.js";
import { inChunks } from "../../../db/sql-conditions.js";
import { ErrorCode, userError } from "../../../errors/error-codes.js";
import { Prisma } from "../../../generated/sqlite/index.js";
import { canonicalText } from "../../../records/canonical-text.js";
import type { ModelName } from "../../../records/kind-catalogue.js";
import { authScopesOf } from "../../auth-scopes.js";
import type { Context } from "../../context.js";

// Global IDs are base64url("Type:id"): opaque to clients, decodable here, and safe in URLs.

/** Record ids are 32-bit integers on both databases; a larger one cannot name a record. */
const maxRecordId = 2 ** 31 - 1;

export function encodeNodeId(typename: string, id: string | number | bigint): string {
  return Buffer.from(`${typename}:${id}`, "utf8").toString("base64url");
}

export function decodeNodeId(globalId: string): { typename: string; id: string } {
  const decoded = /^[A-Za-z0-9_-]+$/.test(globalId) ? Buffer.from(globalId, "base64url").toString("utf8") : "";
  // One spelling per record: "Region:03" would load record 3 under an ID that is not its own.
  const match = /^([A-Z][A-Za-z]*):(0|[1-9]\d{0,9})$/.exec(decoded);
  if (!match || Number(match[2]) > maxRecordId) throw userError(ErrorCode.invalidId, `"${globalId}" is not a Reform Graph ID.`, { id: globalId });
  return { typename: match[1]!, id: match[2]! };
}

type NodeId = { typename: string; id: string };

/** The decoded ID, or the INVALID_ID error of a malformed one, for fields that answer per position. */
export function decodeNodeIdOrError(globalId: string): NodeId | Error {
  try {
    return decodeNodeId(globalId);
  } catch (error) {
    return error as Error;
  }
}

function invalidUnlessNodeType(info: GraphQLResolveInfo, nodeId: NodeId) {
  const type = info.schema.getType(nodeId.typename);
  const isNode = type instanceof GraphQLObjectType && type.getInterfaces().some((face) => face.name === "Node");
  const globalId = encodeNodeId(nodeId.typename, nodeId.id);
  return isNode ? undefined : userError(ErrorCode.invalidId, `"${globalId}" names no type of record.`, { id: globalId });
}

function notFoundNode(nodeId: NodeId) {
  const globalId = encodeNodeId(nodeId.typename, nodeId.id);
  return userError(ErrorCode.notFound, `No ${nodeId.typename} found for ID "${globalId}".`, { id: globalId });
}

/**
 * The refusal for a viewer who may not read records of `typename` at all (its type carries
 * `authScopes`, as AuditEntry does), or undefined. Asked before such a record is loaded by ID, so
 * that `node`, `nodes` and `_entities` do not tell a stranger which records exist.
 */
export function typeRefusal(context: Context, schema: GraphQLSchema, typename: string): Error | undefined {
  const scopes = (schema.getType(typename)?.extensions?.pothosOptions as { authScopes?: unknown } | undefined)?.authScopes;
  if (!scopes || typeof scopes !== "object") return undefined;
  const granted = authScopesOf(context);
  const allowed = Object.entries(scopes).some(([scope, wanted]) => wanted === true && granted[scope as keyof typeof granted] === true);
  return allowed ? undefined : refusal(context.viewer, `records of type ${typename} are not readable with this role`);
}

/**
 * Resolves global IDs for `node`/`nodes` in one batch: an ID naming no Node type is INVALID_ID,
 * one of a type the viewer may not read refused, one whose record does not exist NOT_FOUND, each
 * at its own position instead of a silent null.
 */
export async function resolveNodeIds(context: Context, info: GraphQLResolveInfo, nodeIds: NodeId[], resolve: (ids: NodeId[]) => Promise<unknown[]>) {
  const problems = nodeIds.map((nodeId) => invalidUnlessNodeType(info, nodeId) ?? typeRefusal(context, info.schema, nodeId.typename));
  const resolvable = nodeIds.filter((_, index) => !problems[index]);
  const found = resolvable.length ? await resolve(resolvable) : [];
  let next = 0;
  return nodeIds.map((nodeId, index) => problems[index] ?? found[next++] ?? notFoundNode(nodeId));
}

/**
 * Loads the records of valid node IDs, in their order, with one query per type: the selection
 * below `nodes` is the same for every record of a type, so it is built once and the records
 * fetched by `id in (…)`. A record that does not exist is `undefined` at its position.
 */
export async function loadNodesByType(
  context: { db: ModelClient },
  info: GraphQLResolveInfo,
  nodeIds: NodeId[],
  /** Marks a record with its type, which is how the Node interface tells what a record is. */
  brand: (record: object, typename: string) => void,
): Promise<unknown[]> {
  const idsByType = new Map<string, Set<number>>();
  for (const { typename, id } of nodeIds) idsByType.set(typename, (idsByType.get(typename) ?? new Set()).add(Number(id)));
  const loaded = new Map<string, unknown>();
  for (const [typename, ids] of idsByType) {
    for (const record of await selectedRecords(context, info, typename, "id", [...ids])) {
      brand(record, typename);
      loaded.set(`${typename}:${record.id}`, record);
    }
  }
  return nodeIds.map((nodeId) => loaded.get(`${nodeId.typename}:${nodeId.id}`));
}

/**
 * The records of one type whose `field` is one of `values`, each with what the selection below
 * `info`'s field asks of that type (built once for all of them): what `nodes(ids:)` and `_entities`
 * load. Every Node and entity type is a prismaObject named after its model.
 */
async function selectedRecords(
  context: { db: ModelClient },
  info: GraphQLResolveInfo,
  typename: string,
  field: string,
  values: readonly (string | number)[],
): Promise<StoredRow[]> {
  const model = modelNames.get(typename);
  if (!model) throw new Error(`no model for the type ${typename}`);
  const query = await queryFromInfo({ context, info, typeName: typename });
  return inChunks(values, (chunk) => delegateOf(context.db, model).findMany({ ...query, where: { [field]: { in: chunk } } }));
}

/** Per request (context) and per `_entities` field: a loader of each entity type's records by its key. */
const referenceLoaders = new WeakMap<object, WeakMap<FieldNode, Map<string, DataLoader<string | number, StoredRow | null>>>>();

/**
 * The record an `_entities` representation names by its natural key or id, loaded with the selection
 * below `_entities` for its type: one query per type and key for all the representations of a
 * request, the selection built once, so relations asked for come with the records instead of one
 * Prisma call per record afterwards (what `nodes(ids:)` does by id). A key with no canonical form
 * names nothing (null).
 */
export function loadReference<Row = StoredRow>(
  context: { db: ModelClient },
  info: GraphQLResolveInfo,
  typename: string,
  keyField: string,
  /** A natural key as a representation carries it, or a record id decoded from a global ID. */
  key: string | number,
): Promise<Row | null> {
  const canonical = typeof key === "number" ? { text: key } : canonicalText(key);
  if ("problem" in canonical) return Promise.resolve(null);
  const byField = referenceLoaders.get(context) ?? new WeakMap<FieldNode, Map<string, DataLoader<string | number, StoredRow | null>>>();
  referenceLoaders.set(context, byField);
  const fieldNode = info.fieldNodes[0]!;
  const byType = byField.get(fieldNode) ?? new Map<string, DataLoader<string | number, StoredRow | null>>();
  byField.set(fieldNode, byType);
  const name = `${typename}.${keyField}`;
  let loader = byType.get(name);
  if (!loader) {
    loader = new DataLoader(async (keys) => {
      const found = new Map((await selectedRecords(context, info, typename, keyField, keys)).map((row) => [row[keyField], row]));
      return keys.map((one) => found.get(one) ?? null);
    });
    byType.set(name, loader);
  }
  // The rows are the model's, with the relations the selection asks for.
  return loader.load(canonical.text) as Promise<Row | null>;
}

/** The delegate name of each model by its type name: Person → person. */
const modelNames = new Map<string, ModelName>(Object.values(Prisma.ModelName).map((name) => [name, uncapitalize(name)]));

function uncapitalize<Name extends string>(name: Name): Uncapitalize<Name> {
  const first = name.charAt(0).toLowerCase();
  return `${first}${name.slice(1)}` as Uncapitalize<Name>;
}
