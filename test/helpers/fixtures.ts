import type { Database } from "../../src/db/client.js";
import { citationOf } from "../../src/provenance/excerpt.js";

/** The citation every test fixture points to: it says plainly that it is not from a source. */
export async function fixtureCitation(db: Database) {
  const article = await db.article.findFirstOrThrow();
  return db.citation.create({ data: citationOf(article.id, "test fixture, not from a source") });
}
