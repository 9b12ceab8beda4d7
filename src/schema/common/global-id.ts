import { ErrorCode, userError } from "./errors.js";

// Global IDs are base64url("Type:id"): opaque to clients, decodable here, and safe in URLs.

export function encodeNodeId(typename: string, id: string | number | bigint): string {
  return Buffer.from(`${typename}:${id}`, "utf8").toString("base64url");
}

export function decodeNodeId(globalId: string): { typename: string; id: string } {
  const decoded = /^[A-Za-z0-9_-]+$/.test(globalId) ? Buffer.from(globalId, "base64url").toString("utf8") : "";
  const match = /^([A-Z][A-Za-z]*):(\d+)$/.exec(decoded);
  if (!match) throw userError(ErrorCode.invalidId, `"${globalId}" is not a Reform Graph ID.`, { id: globalId });
  return { typename: match[1]!, id: match[2]! };
}
