import { canonicalKey, type KeyForm, plainKey } from "../../../read/natural-key-loader.js";
import type { NamedModel } from "../../../records/name-keys.js";
import type { Context } from "../../context.js";

/**
 * The record a natural-key argument names, looked up by its canonical form, or NOT_FOUND naming
 * what was looked for. `what` is a plain key's name ("organisation") or a key form of its own
 * (a division code, refused as BAD_USER_INPUT unless six digits).
 */
export async function foundByKey<T>(what: string | KeyForm, key: string, argument: string, lookup: (canonical: string) => Promise<T | null>): Promise<T> {
  const form = typeof what === "string" ? plainKey(what) : what;
  const canonical = form.canonical(key, argument);
  const record = await lookup(canonical);
  if (record === null) throw form.notFound(canonical, argument);
  return record;
}

/**
 * The record a name argument names: by its exact Chinese name, else by any of its names as a
 * reader may give it (a short name, 《》 or spaces around it: read/name-lookup.ts), else NOT_FOUND
 * naming the search and the closest names.
 */
export async function foundByName<T>(
  context: Context,
  model: NamedModel,
  what: string,
  name: string,
  argument: string,
  lookup: (where: { exact: string } | { id: number }) => Promise<T | null>,
): Promise<T> {
  const canonical = canonicalKey(name, argument);
  const exact = await lookup({ exact: canonical });
  if (exact !== null) return exact;
  const record = await lookup({ id: await context.keys.names.idByName(model, what, canonical, argument) });
  if (record === null) throw plainKey(what).notFound(canonical, argument);
  return record;
}
