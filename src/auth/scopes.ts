import { GraphQLError } from "graphql";
import { ErrorCode } from "../errors/error-codes.js";
import type { Viewer } from "./viewer.js";

/** The scopes fields are guarded by (Pothos scope-auth). */
export interface AuthScopes {
  /** Analysts and admins: province-wide reads including personal data. */
  analyst: boolean;
  /** Admins: everything, including the audit trail. */
  admin: boolean;
  /** May write records with these placements: per record, the division codes it is placed in. */
  writesIn: string[][];
}

/** Finds a region's materialised path by its division code (null when there is no such region). */
export interface RegionPaths {
  find(code: string): Promise<{ path: string } | null>;
}

/**
 * An editor writes only inside its region's subtree, and only records that are placed somewhere:
 * a record with no region (or an unknown one) is for admins.
 */
export async function mayWriteIn(viewer: Viewer, regions: RegionPaths, placements: string[][]): Promise<boolean> {
  if (viewer.role === "admin") return true;
  // Nothing to place is nothing an editor may be trusted with: the check fails closed.
  if (viewer.role !== "editor" || viewer.regionCode === null || placements.length === 0 || placements.some((codes) => codes.length === 0)) return false;
  const [own, ...targets] = await Promise.all([viewer.regionCode, ...placements.flat()].map((code) => regions.find(code)));
  if (!own) return false;
  // Materialised paths end with "/", so a prefix match is exactly "this region or below it".
  return targets.every((target) => target?.path.startsWith(own.path) === true);
}

/** Anonymous callers are told to authenticate; signed-in callers without the right are forbidden. */
export function refusal(viewer: Viewer, reason: string) {
  if (viewer.role === "public") {
    return new GraphQLError("Sign in: this needs a bearer token with a role that allows it.", { extensions: { code: ErrorCode.unauthenticated } });
  }
  return new GraphQLError(`Forbidden for role ${viewer.role}${viewer.regionCode ? ` of region ${viewer.regionCode}` : ""}: ${reason}.`, {
    extensions: { code: ErrorCode.forbidden },
  });
}
