import { createHash } from "node:crypto";

/** Whitespace is noise the newsletters' text extraction scattered; provenance ignores it. */
export const compact = (text: string) => text.replace(/\s+/gu, "");

/** The stored form of an excerpt and the hash that makes (article, excerpt) unique. */
export function citationOf(articleId: number, excerpt: string) {
  const text = compact(excerpt);
  return { articleId, excerpt: text, excerptHash: createHash("sha256").update(text).digest("hex") };
}
