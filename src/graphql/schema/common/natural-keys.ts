import { type KeyForm, plainKey } from "../../../read/natural-key-loader.js";

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
