import fs from "node:fs";
import path from "node:path";
import { repositoryRoot } from "../../src/db/database-url.js";

/** A number an editor recorded in the curated seeds: what was printed, what it means, and the excerpt it is stated in. */
export interface CuratedNumber {
  file: string;
  /** The article's ordinal in its newsletter. */
  ordinal: number;
  key: string;
  statedAs: string;
  qualifier: string;
  /** The value, or for a ranking its rank. */
  value: number;
  valueMax?: number;
  /** The excerpt of the record, or of the record it is part of (a reward rule's tiers), without whitespace. */
  excerpt: string;
}

/** Every stated number of the curated article files (seeds/articles/*.json). */
export function curatedNumbers(): CuratedNumber[] {
  const folder = path.join(repositoryRoot, "seeds/articles");
  return fs.readdirSync(folder).flatMap((file) => {
    const seed = JSON.parse(fs.readFileSync(path.join(folder, file), "utf8"));
    const numbers: CuratedNumber[] = [];
    const walk = (value: unknown, excerpt: string | undefined): void => {
      if (Array.isArray(value)) {
        for (const item of value) walk(item, excerpt);
        return;
      }
      if (!value || typeof value !== "object") return;
      const record = value as Record<string, unknown>;
      const own = typeof record.excerpt === "string" ? record.excerpt : excerpt;
      if (typeof record.statedAs === "string" && own) {
        numbers.push({
          file,
          ordinal: seed.article.ordinal,
          key: String(record.key),
          statedAs: record.statedAs,
          qualifier: String(record.qualifier),
          value: Number(record.value ?? record.rank),
          ...(record.valueMax != null ? { valueMax: Number(record.valueMax) } : {}),
          excerpt: own.replace(/\s+/g, ""),
        });
      }
      for (const child of Object.values(record)) walk(child, own);
    };
    walk(seed, undefined);
    return numbers;
  });
}
