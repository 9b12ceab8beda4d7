import { GraphQLObjectType, type GraphQLResolveInfo } from "graphql";
import { ErrorCode, userError } from "../../../errors/error-codes.js";

// Global IDs are base64url("Type:id"): opaque to clients, decodable here, and safe in URLs.

/** Record ids are 32-bit integers on both databases; a larger one cannot name a record. */
const maxRecordId = 2 ** 31 - 1;

export function encodeNodeId(typename: string, id: string | number | bigint): string {
  return Buffer.from(`${typename}:${id}`, "utf8").toString("base64url");
}

export function decodeNodeId(globalId: string): { typename: string; id: string } {
  const decoded = /^[A-Za-z0-9_-]+$/.test(globalId) ? Buffer.from(globalId, "base64url").toString("utf8") : "";
  const match = /^([A-Z][A-Za-z]*):(\d{1,10})$/.exec(decoded);
  if (!match || Number(match[2]) > maxRecordId) throw userError(ErrorCode.invalidId, `"${globalId}" is not a Reform Graph ID.`, { id: globalId });
  return { typename: match[1]!, id: match[2]! };
}

type NodeId = { typename: string; id: string };

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
 * Resolves global IDs for `node`/`nodes` in one batch: an ID naming no Node type is INVALID_ID,
 * one whose record does not exist NOT_FOUND, each at its own position instead of a silent null.
 */
export async function resolveNodeIds(info: GraphQLResolveInfo, nodeIds: NodeId[], resolve: (ids: NodeId[]) => Promise<unknown[]>) {
  const problems = nodeIds.map((nodeId) => invalidUnlessNodeType(info, nodeId));
  const resolvable = nodeIds.filter((_, index) => !problems[index]);
  const found = resolvable.length ? await resolve(resolvable) : [];
  let next = 0;
  return nodeIds.map((nodeId, index) => problems[index] ?? found[next++] ?? notFoundNode(nodeId));
}
