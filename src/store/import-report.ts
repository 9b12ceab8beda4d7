import type { Viewer } from "../auth/viewer.js";
import type { Database } from "../db/client.js";
import { compact } from "../provenance/excerpt.js";
import { reportFile } from "../records/record-shapes.js";
import { InvalidInputError } from "./write-errors.js";
import { type RecordsWrite, type RecordsWritten, writeRecords } from "./write-records.js";

export interface ImportedReport extends RecordsWritten {
  articleKey: string;
  records: number;
}

/**
 * Imports one newsletter report (an article file, as under seeds/articles/): validated whole,
 * then written all or nothing. `fieldPrefix` names where the report sits in the caller's input.
 */
export async function importReport(
  db: Database,
  viewer: Viewer,
  raw: unknown,
  { fieldPrefix = "report", onRowWritten, mayWrite }: { fieldPrefix?: string; onRowWritten?: () => void } & Pick<RecordsWrite, "mayWrite">,
): Promise<ImportedReport> {
  const fieldOf = (path: (string | number)[]) => [fieldPrefix, ...path].join(".");
  const parsed = reportFile.safeParse(raw);
  if (!parsed.success)
    throw new InvalidInputError(parsed.error.issues.map((issue) => ({ field: fieldOf(issue.path as (string | number)[]), message: issue.message })));
  const { article, sourceDocument, articleText, ...records } = parsed.data;

  const holder = await db.article.findFirst({
    where: { ordinal: article.ordinal, sourceDocument: { key: article.sourceDocument }, key: { not: article.key } },
    select: { key: true },
  });
  if (holder) {
    throw new InvalidInputError([
      { field: fieldOf(["article", "ordinal"]), message: `article ${article.ordinal} of newsletter "${article.sourceDocument}" is "${holder.key}"` },
    ]);
  }
  const stored = await db.article.findUnique({ where: { key: article.key }, select: { text: true } });
  const text = articleText === undefined ? stored?.text : compact(articleText);
  if (text === undefined || text === null) {
    throw new InvalidInputError([
      { field: fieldOf(["articleText"]), message: `article "${article.key}" has no text on record: give the article's text as articleText` },
    ]);
  }
  const written = await writeRecords(db, viewer, {
    operation: "importReport",
    article: { seed: article, text, ...(sourceDocument ? { sourceDocument } : {}) },
    records,
    fieldOf,
    mayWrite,
    ...(onRowWritten ? { onRowWritten } : {}),
  });
  return { ...written, articleKey: article.key, records: Object.values(records).reduce((n, list) => n + list.length, 0) };
}
