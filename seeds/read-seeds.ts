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
  type IndicatorSeed,
  type RegionSeed,
  type SourceDocumentSeed,
} from "./seed-schema.js";
import { compact } from "../src/provenance/excerpt.js";
import { quantityMatches } from "../src/quantity/stated-quantity.js";

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
}

export interface SeedBundle {
  regions: RegionSeed[];
  indicators: IndicatorSeed[];
  sourceDocuments: SourceDocumentBundle[];
  articles: ArticleBundle[];
}


function describeRecord(data: unknown, issuePath: PropertyKey[]): string {
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
    if (data) articles.push({ file: displayPath(file, root), data });
  }

  const bundle = { regions: regions?.regions ?? [], indicators: indicators?.indicators ?? [], sourceDocuments, articles };
  if (problems.length === 0) problems.push(...crossCheck(bundle));
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

type Named = { nameZh: string };

/** References by natural key, excerpts inside their article, numbers agreeing with their text. */
function crossCheck(bundle: SeedBundle): string[] {
  const problems: string[] = [];
  const regionCodes = new Set<string>();
  for (const [i, region] of bundle.regions.entries()) {
    if (region.parent && !regionCodes.has(region.parent)) {
      problems.push(`seeds/reference/regions.json: regions[${i}] (${region.code}).parent: ${region.parent} is not listed before it`);
    }
    regionCodes.add(region.code);
  }
  const indicatorCodes = new Set(bundle.indicators.map((i) => i.code));
  const sourceKeys = new Set(bundle.sourceDocuments.map((s) => s.meta.key));

  const declared = (pick: (a: ArticleFile) => Named[]) => new Set(bundle.articles.flatMap((a) => pick(a.data).map((r) => r.nameZh)));
  const organisations = declared((a) => a.organisations);
  const honourTitles = declared((a) => a.honourTitles);
  const competitions = declared((a) => a.skillCompetitions);
  const facilities = declared((a) => a.serviceFacilities);
  const documents = new Set(bundle.articles.flatMap((a) => a.data.policyDocuments.map((d) => d.titleZh)));
  const persons = new Set(bundle.articles.flatMap((a) => a.data.persons.map((p) => p.key)));

  const seen = new Map<string, string>();
  const spans = articleSpans(bundle, problems);

  for (const { file, data } of bundle.articles) {
    const where = (collection: string, index: number, label: string, field: string) =>
      `${file}: ${collection}[${index}] (${label}).${field}`;
    const articleText = spans.get(data.article.key) ?? "";

    const unique = (kind: string, value: string, place: string) => {
      const previous = seen.get(`${kind}:${value}`);
      if (previous) problems.push(`${place}: ${kind} "${value}" is already declared at ${previous}`);
      else seen.set(`${kind}:${value}`, place);
    };
    const mustExist = (known: Set<string>, value: string | undefined, kind: string, place: string) => {
      if (value !== undefined && !known.has(value)) problems.push(`${place}: unknown ${kind} "${value}"`);
    };

    unique("article", data.article.key, `${file}: article.key`);
    mustExist(sourceKeys, data.article.sourceDocument, "source document", `${file}: article.sourceDocument`);
    mustExist(organisations, data.article.authorOrganisation, "organisation", `${file}: article.authorOrganisation`);
    mustExist(organisations, data.article.originalPublisher, "organisation", `${file}: article.originalPublisher`);
    for (const author of data.article.authors) mustExist(persons, author, "person", `${file}: article.authors`);

    const collections = Object.entries(data).filter(([name]) => name !== "article") as [string, Record<string, unknown>[]][];
    for (const [collection, records] of collections) {
      records.forEach((record, index) => {
        const label = String(record.key ?? record.nameZh ?? record.titleZh ?? index);
        const at = (field: string) => where(collection, index, label, field);
        const excerpt = record.excerpt as string;
        if (!articleText.includes(compact(excerpt))) {
          problems.push(`${at("excerpt")}: not found in article "${data.article.titleZh}" (whitespace ignored)`);
        }
        if (record.key !== undefined) unique("key", record.key as string, at("key"));
        for (const naturalKey of ["nameZh", "titleZh"] as const) {
          if (record[naturalKey] !== undefined && !["persons", "careerLadders", "programmes"].includes(collection)) {
            unique(collection, record[naturalKey] as string, at(naturalKey));
          }
        }
        checkQuantity(record, excerpt, at, problems);
        for (const field of ["region", "scopeRegion"]) mustExist(regionCodes, record[field] as string | undefined, "region code", at(field));
        for (const field of ["organisation", "parent", "payer", "grantor", "organiser", "operator", "host", "owner", "employer"]) {
          mustExist(organisations, record[field] as string | undefined, "organisation", at(field));
        }
        for (const field of ["issuers", "conferrers"]) {
          for (const name of (record[field] as string[] | undefined) ?? []) mustExist(organisations, name, "organisation", at(field));
        }
        mustExist(persons, (record.person ?? record.lead) as string | undefined, "person", at(record.person ? "person" : "lead"));
        mustExist(indicatorCodes, record.indicator as string | undefined, "indicator", at("indicator"));
        mustExist(documents, record.policyDocument as string | undefined, "policy document", at("policyDocument"));
        mustExist(honourTitles, record.honourTitle as string | undefined, "honour title", at("honourTitle"));
        mustExist(competitions, record.skillCompetition as string | undefined, "skill competition", at("skillCompetition"));
        mustExist(facilities, record.serviceFacility as string | undefined, "service facility", at("serviceFacility"));
      });
    }
  }
  return problems;
}

function checkQuantity(record: Record<string, unknown>, excerpt: string, at: (field: string) => string, problems: string[]) {
  const amount = (record.amount as Record<string, unknown> | undefined) ?? record;
  const statedAs = amount.statedAs as string | undefined;
  if (statedAs === undefined) return;
  if (!compact(excerpt).includes(compact(statedAs))) problems.push(`${at("statedAs")}: "${statedAs}" is not in the excerpt`);
  const recorded = {
    qualifier: amount.qualifier as "EXACT",
    value: (amount.value ?? amount.rank) as number,
    valueMax: amount.valueMax as number | undefined,
  };
  if (!quantityMatches(recorded, statedAs)) {
    problems.push(`${at("value")}: ${recorded.qualifier} ${recorded.value}${recorded.valueMax === undefined ? "" : `..${recorded.valueMax}`} does not match the stated "${statedAs}"`);
  }
}
