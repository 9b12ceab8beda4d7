import { mayWriteIn } from "../auth/scopes.js";
import type { Context } from "./context.js";

// The write policy of auth/ as Pothos scope-auth sees it: per request, from its viewer and loaders.

export function authScopesOf(context: Context) {
  const { role } = context.viewer;
  return {
    analyst: role === "analyst" || role === "admin",
    admin: role === "admin",
    writesIn: (placements: string[][]) => viewerMayWriteIn(context, placements),
  };
}

/** Whether this request's viewer may write records with these placements (auth/scopes.ts, mayWriteIn). */
export function viewerMayWriteIn(context: Context, placements: string[][]): Promise<boolean> {
  return mayWriteIn(context.viewer, context.keys.regions, placements);
}

/**
 * The scope a write needs: its placements for an editor; for anyone else simply admin, so the
 * anonymous and analysts are refused without the server resolving a single reference for them.
 * Input that cannot be placed because it has no canonical form passes this early check: the write
 * path refuses it as BAD_USER_INPUT before anything is written, and checks placement itself, on
 * the canonical records, inside its transaction.
 */
export async function writeScope(
  context: Context,
  placements: () => Promise<string[][] | undefined>,
): Promise<{ writesIn: string[][] } | { admin: true } | true> {
  if (context.viewer.role !== "editor") return { admin: true };
  const placed = await placements();
  return placed === undefined ? true : { writesIn: placed };
}
