import { notFound } from "../../../errors/error-codes.js";
import { canonicalKey } from "../../../read/natural-key-loader.js";

/** The record a natural-key argument names, looked up by its canonical form, or NOT_FOUND naming what was looked for. */
export async function foundByKey<T>(what: string, key: string, argument: string, lookup: (canonical: string) => Promise<T | null>): Promise<T> {
  const canonical = canonicalKey(key, argument);
  const record = await lookup(canonical);
  if (record === null) throw notFound(what, canonical, argument);
  return record;
}
