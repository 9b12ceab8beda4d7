import type { Context } from "../context.js";
import { GraphQLError } from "graphql";
import { ErrorCode } from "../schema/common/errors.js";
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

export function authScopesOf(context: Context) {
  const { role } = context.viewer;
  return {
    analyst: role === "analyst" || role === "admin",
    admin: role === "admin",
    writesIn: (placements: string[][]) => mayWriteIn(context, placements),
  };
}

/**
 * An editor writes only inside its region's subtree, and only records that are placed somewhere:
 * a record with no region (or an unknown one) is for admins.
 */
export async function mayWriteIn(context: Context, placements: string[][]): Promise<boolean> {
  const { viewer } = context;
  if (viewer.role === "admin") return true;
  // Nothing to place is nothing an editor may be trusted with: the check fails closed.
  if (viewer.role !== "editor" || viewer.regionCode === null || placements.length === 0 || placements.some((codes) => codes.length === 0)) return false;
  const [own, ...targets] = await Promise.all([viewer.regionCode, ...placements.flat()].map((code) => context.keys.regions.find(code)));
  if (!own) return false;
  // Materialised paths end with "/", so a prefix match is exactly "this region or below it".
  return targets.every((target) => target !== null && target.path.startsWith(own.path));
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

/**
 * The scope a write needs: its placements for an editor; for anyone else simply admin, so the
 * anonymous and analysts are refused without the server resolving a single reference for them.
 */
export async function writeScope(context: Context, placements: () => Promise<string[][]>): Promise<{ writesIn: string[][] } | { admin: true }> {
  return context.viewer.role === "editor" ? { writesIn: await placements() } : { admin: true };
}
