import { compact } from "../provenance/excerpt.js";
import { quantityMatches } from "../quantity/stated-quantity.js";
import { ByKindAndKey } from "./keyed-records.js";
import { type Collection, collections, kindOf, referenceLabels } from "./kind-catalogue.js";
import type { ArticleRecords, ArticleSeed } from "./record-shapes.js";
import { type KnownKeys, referencesOf } from "./references.js";

// The checks every article's data passes, whether it comes from a seed file, an import or a
// mutation: references resolve, excerpts are in the article, stated numbers agree with values.

export function describeRecord(data: unknown, issuePath: PropertyKey[]): string {
  let node: unknown = data;
  const parts: string[] = [];
  for (const step of issuePath) {
    node = node && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[step] : undefined;
    if (typeof step === "number") {
      const record = node as { key?: string; nameZh?: string; titleZh?: string; code?: string } | undefined;
      const label = record?.key ?? record?.code ?? record?.nameZh ?? record?.titleZh;
      parts[parts.length - 1] += label ? `[${step}] (${label})` : `[${step}]`;
    } else {
      parts.push(String(step));
    }
  }
  return parts.join(".") || "(file)";
}

/** Where each key checked so far was declared ("file: path"), by the kind it is unique in. */
export type DeclaredKeys = ByKindAndKey<"article" | "key" | Collection, string>;

/** A problem with one field of an article's data: its path in the article file, and what is wrong. */
export interface DataProblem {
  path: (string | number)[];
  message: string;
}

/**
 * The passages a record cites: its `excerpt`, and for a record whose facts stand in different
 * sentences (a skill standard) each `…Excerpt` field beside the facts it sources.
 */
export function excerptFieldsOf(record: object): [field: string, passage: string][] {
  return Object.entries(record).filter(
    (entry): entry is [string, string] => (entry[0] === "excerpt" || entry[0].endsWith("Excerpt")) && typeof entry[1] === "string",
  );
}

/**
 * The checks every article's data passes, whether it is a seed file or an import: references
 * resolve in `known`, excerpts are in the article's (whitespace-free) text, stated numbers agree
 * with their values, and no key is declared twice (`declaredAt` spans the files checked together).
 */
export function checkArticle(
  file: string,
  article: Pick<ArticleSeed, "key" | "titleZh"> & Partial<ArticleSeed>,
  records: Partial<ArticleRecords>,
  known: KnownKeys,
  articleText: string,
  declaredAt: DeclaredKeys = new ByKindAndKey(),
): DataProblem[] {
  const problems: DataProblem[] = [];
  const unique = (kind: "article" | "key" | Collection, value: string, at: DataProblem["path"]) => {
    const previous = declaredAt.get(kind, value);
    if (previous) problems.push({ path: at, message: `${kind} "${value}" is already declared at ${previous}` });
    else declaredAt.set(kind, value, `${file}: ${at.join(".")}`);
  };
  const resolve = (record: object, at: (field: string) => DataProblem["path"]) => {
    for (const { kind, key, field } of referencesOf(record)) {
      if (!known.has(kind, key)) problems.push({ path: at(field), message: `unknown ${referenceLabels[kind]} "${key}"` });
    }
  };

  unique("article", article.key, ["article", "key"]);
  resolve(article, (field) => ["article", field]);

  for (const collection of collections) {
    const list: readonly ({ excerpt: string } & Record<string, unknown>)[] = records[collection] ?? [];
    const { naturalKey } = kindOf(collection);
    list.forEach((record, index) => {
      const at = (field: string) => [collection, index, field];
      for (const [field, passage] of excerptFieldsOf(record)) {
        if (!articleText.includes(compact(passage)))
          problems.push({ path: at(field), message: `not found in article "${article.titleZh}" (whitespace ignored)` });
      }
      // Keys ("key") are unique across every kind; names and titles within their own kind.
      const keyValue = record[naturalKey];
      if (typeof keyValue === "string") unique(naturalKey === "key" ? "key" : collection, keyValue, at(naturalKey));
      checkQuantity(record, record.excerpt, at, problems);
      resolve(record, at);
    });
  }
  return problems;
}

function checkQuantity(record: Record<string, unknown>, excerpt: string, at: (field: string) => DataProblem["path"], problems: DataProblem[]) {
  const amount = (record.amount as Record<string, unknown> | undefined) ?? record;
  // A record that keeps its quantity in `amount` has its problems reported there, where they are.
  const atQuantity = record.amount ? (field: string) => [...at("amount"), field] : at;
  const statedAs = amount.statedAs as string | undefined;
  if (statedAs === undefined) return;
  if (!compact(excerpt).includes(compact(statedAs))) problems.push({ path: atQuantity("statedAs"), message: `"${statedAs}" is not in the excerpt` });
  const recorded = {
    qualifier: amount.qualifier as "EXACT",
    value: (amount.value ?? amount.rank) as number,
    valueMax: amount.valueMax as number | undefined,
  };
  if (!quantityMatches(recorded, statedAs)) {
    problems.push({
      path: atQuantity("value"),
      message: `${recorded.qualifier} ${recorded.value}${recorded.valueMax === undefined ? "" : `..${recorded.valueMax}`} does not match the stated "${statedAs}"`,
    });
  }
}
