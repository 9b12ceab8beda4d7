import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { z } from "zod";
import {
  articleFile,
  indicatorsFile,
  regionsFile,
  sourceDocumentFile,
  type ArticleFile,
  type ArticleSeed,
  type IndicatorSeed,
  type RegionSeed,
  type SourceDocumentSeed,
} from "./seed-schema.js";
import { compact } from "../src/provenance/excerpt.js";
import type { ArticleRecords } from "./load-seeds.js";
import { quantityMatches } from "../src/quantity/stated-quantity.js";
import { KeySet, referencesOf, type KnownKeys, type ReferenceKind } from "./references.js";

export const seedsRoot = path.dirname(fileURLToPath(import.meta.url));

/** A seed that cannot be loaded; the message names the file, the record and the field. */
export class SeedValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Seed data rejected (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n  ${problems.join("\n  ")}`);
    this.name = "SeedValidationError";
  }
}

export interface SourceDocumentBundle {
  file: string;
  meta: SourceDocumentSeed;
  /** The document's text with all whitespace removed, as excerpts are written. */
  compactText: string;
}

export interface ArticleBundle {
  file: string;
  data: ArticleFile;
  /** The article's slice of its source document, whitespace removed: what its excerpts are checked against. */
  text: string;
}

export interface SeedBundle {
  regions: RegionSeed[];
  indicators: IndicatorSeed[];
  sourceDocuments: SourceDocumentBundle[];
  articles: ArticleBundle[];
}


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

/** How problems name a file: "seeds/articles/x.json" for the project's own seeds. */
function displayPath(file: string, root: string) {
  return path.join(root === seedsRoot ? "seeds" : root, path.relative(root, file));
}

async function parseFile<S extends z.ZodType>(file: string, root: string, schema: S, problems: string[]): Promise<z.infer<S> | undefined> {
  const shown = displayPath(file, root);
  let raw: unknown;
  try {
    raw = JSON.parse(await fs.readFile(file, "utf8"));
  } catch (error) {
    problems.push(`${shown}: not readable JSON: ${(error as Error).message}`);
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push(`${shown}: ${describeRecord(raw, issue.path)}: ${issue.message}`);
  }
  return undefined;
}

async function jsonFilesIn(folder: string): Promise<string[]> {
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  return names.filter((name) => name.endsWith(".json")).sort().map((name) => path.join(folder, name));
}

/**
 * Reads and checks every seed file under `root` (reference/, sources/, articles/). Nothing is
 * returned unless all of it is valid: one bad record rejects the whole set, with every problem
 * named by file, record and field.
 */
export async function readSeeds(root: string = seedsRoot): Promise<SeedBundle> {
  const problems: string[] = [];
  const regions = await parseFile(path.join(root, "reference/regions.json"), root, regionsFile, problems);
  const indicators = await parseFile(path.join(root, "reference/indicators.json"), root, indicatorsFile, problems);

  const sourceDocuments: SourceDocumentBundle[] = [];
  for (const file of await jsonFilesIn(path.join(root, "sources"))) {
    const meta = await parseFile(file, root, sourceDocumentFile, problems);
    if (!meta) continue;
    const text = await fs.readFile(path.join(path.dirname(file), meta.fileName), "utf8").catch(() => undefined);
    if (text === undefined) problems.push(`${displayPath(file, root)}: fileName: ${meta.fileName} is missing`);
    else sourceDocuments.push({ file: displayPath(file, root), meta, compactText: compact(text) });
  }

  const articles: ArticleBundle[] = [];
  for (const file of await jsonFilesIn(path.join(root, "articles"))) {
    const data = await parseFile(file, root, articleFile, problems);
    if (data) articles.push({ file: displayPath(file, root), data, text: "" });
  }

  const bundle = { regions: regions?.regions ?? [], indicators: indicators?.indicators ?? [], sourceDocuments, articles };
  if (problems.length === 0) {
    const spans = articleSpans(bundle, problems);
    for (const article of bundle.articles) article.text = spans.get(article.data.article.key) ?? "";
    problems.push(...crossCheck(bundle));
  }
  if (problems.length > 0) throw new SeedValidationError(problems);
  return bundle;
}

/** The slice of its source document an article occupies: from its heading to the next one. */
function articleSpans(bundle: SeedBundle, problems: string[]): Map<string, string> {
  const spans = new Map<string, string>();
  for (const source of bundle.sourceDocuments) {
    const ofSource = bundle.articles
      .filter((a) => a.data.article.sourceDocument === source.meta.key)
      .sort((a, b) => a.data.article.ordinal - b.data.article.ordinal);
    // Headings appear twice (table of contents, then body): the body is the last occurrence.
    const starts = ofSource.map((a) => source.compactText.lastIndexOf(compact(a.data.article.titleZh)));
    ofSource.forEach((a, i) => {
      if (starts[i]! < 0) {
        problems.push(`${a.file}: article.titleZh: not found in ${source.meta.fileName}`);
        return;
      }
      const end = starts.slice(i + 1).find((start) => start > starts[i]!) ?? source.compactText.length;
      spans.set(a.data.article.key, source.compactText.slice(starts[i], end));
    });
  }
  return spans;
}

/** References by natural key, excerpts inside their article, numbers agreeing with their text. */
function crossCheck(bundle: SeedBundle): string[] {
  const problems: string[] = [];
  const known = new KeySet();
  for (const [i, region] of bundle.regions.entries()) {
    if (region.parent && !known.has("region", region.parent)) {
      problems.push(`seeds/reference/regions.json: regions[${i}] (${region.code}).parent: ${region.parent} is not listed before it`);
    }
    known.add("region", region.code);
  }
  for (const indicator of bundle.indicators) known.add("indicator", indicator.code);
  for (const source of bundle.sourceDocuments) known.add("sourceDocument", source.meta.key);
  for (const { data } of bundle.articles) known.addDeclared(data);

  const declaredAt = new Map<string, string>();
  for (const { file, data, text } of bundle.articles) {
    const { article, ...records } = data;
    for (const { path: at, message } of checkArticle(file, article, records, known, text, declaredAt)) {
      problems.push(`${file}: ${describeRecord(data, at)}: ${message}`);
    }
  }
  return problems;
}

/** A problem with one field of an article's data: its path in the article file, and what is wrong. */
export interface DataProblem {
  path: (string | number)[];
  message: string;
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
  declaredAt = new Map<string, string>(),
): DataProblem[] {
  const problems: DataProblem[] = [];
  const unique = (kind: string, value: string, at: DataProblem["path"]) => {
    const previous = declaredAt.get(`${kind}:${value}`);
    if (previous) problems.push({ path: at, message: `${kind} "${value}" is already declared at ${previous}` });
    else declaredAt.set(`${kind}:${value}`, `${file}: ${at.join(".")}`);
  };
  const resolve = (record: Record<string, unknown>, at: (field: string) => DataProblem["path"]) => {
    for (const { kind, key, field } of referencesOf(record)) {
      if (!known.has(kind, key)) problems.push({ path: at(field), message: `unknown ${kindNames[kind]} "${key}"` });
    }
  };

  unique("article", article.key, ["article", "key"]);
  resolve(article, (field) => ["article", field]);

  for (const [collection, list] of Object.entries(records) as [string, Record<string, unknown>[]][]) {
    list.forEach((record, index) => {
      const at = (field: string) => [collection, index, field];
      const excerpt = record.excerpt as string;
      if (!articleText.includes(compact(excerpt))) {
        problems.push({ path: at("excerpt"), message: `not found in article "${article.titleZh}" (whitespace ignored)` });
      }
      if (record.key !== undefined) unique("key", record.key as string, at("key"));
      for (const naturalKey of ["nameZh", "titleZh"] as const) {
        if (record[naturalKey] !== undefined && !["persons", "careerLadders", "programmes"].includes(collection)) {
          unique(collection, record[naturalKey] as string, at(naturalKey));
        }
      }
      checkQuantity(record, excerpt, at, problems);
      resolve(record, at);
    });
  }
  return problems;
}

const kindNames: Record<ReferenceKind, string> = {
  region: "region code",
  organisation: "organisation",
  person: "person",
  indicator: "indicator",
  policyDocument: "policy document",
  honourTitle: "honour title",
  skillCompetition: "skill competition",
  serviceFacility: "service facility",
  sourceDocument: "source document",
};

function checkQuantity(record: Record<string, unknown>, excerpt: string, at: (field: string) => DataProblem["path"], problems: DataProblem[]) {
  const amount = (record.amount as Record<string, unknown> | undefined) ?? record;
  const statedAs = amount.statedAs as string | undefined;
  if (statedAs === undefined) return;
  if (!compact(excerpt).includes(compact(statedAs))) problems.push({ path: at("statedAs"), message: `"${statedAs}" is not in the excerpt` });
  const recorded = {
    qualifier: amount.qualifier as "EXACT",
    value: (amount.value ?? amount.rank) as number,
    valueMax: amount.valueMax as number | undefined,
  };
  if (!quantityMatches(recorded, statedAs)) {
    problems.push({
      path: at("value"),
      message: `${recorded.qualifier} ${recorded.value}${recorded.valueMax === undefined ? "" : `..${recorded.valueMax}`} does not match the stated "${statedAs}"`,
    });
  }
}
