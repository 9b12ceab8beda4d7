import fs from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import type { Database } from "../db/client.js";
import { repositoryRoot } from "../db/database-url.js";
import { inChunks } from "../db/sql-conditions.js";
import type { Prisma } from "../generated/sqlite/index.js";
import { compact } from "../provenance/excerpt.js";
import { nameKeys } from "../records/name-keys.js";
import { describeRecord } from "../records/record-checks.js";
import { type ArticleFile, articleFile, divisionsFile, indicatorsFile, regionsFile, sourceDocumentFile } from "../records/record-shapes.js";
import { type ArticleBundle, articleSpans, crossCheck, registryWithGivenNames, type SeedBundle, type SourceDocumentBundle } from "../records/seed-bundle.js";
import { remarkAllLatestFigures } from "./latest-figures.js";
import { everyKindIn, regionsWithRecords, retally } from "./record-tallies.js";
import { Ids, writeArticle, writeArticleRecords } from "./record-writer.js";

// The seed loader: reads the data files under seeds/, checks the whole set, and writes it in one
// transaction through the same writer that imports and mutations use.

type Tx = Prisma.TransactionClient;

export const seedsRoot = path.join(repositoryRoot, "seeds");

/** A seed that cannot be loaded; the message names the file, the record and the field. */
export class SeedValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Seed data rejected (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n  ${problems.join("\n  ")}`);
    this.name = "SeedValidationError";
  }
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
  return names
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => path.join(folder, name));
}

/**
 * Reads and checks every seed file under `root` (reference/, sources/, articles/). Nothing is
 * returned unless all of it is valid: one bad record rejects the whole set, with every problem
 * named by file, record and field.
 */
export async function readSeeds(root: string = seedsRoot): Promise<SeedBundle> {
  const problems: string[] = [];
  const divisions = await parseFile(path.join(root, "reference/divisions.json"), root, divisionsFile, problems);
  const givenNames = await parseFile(path.join(root, "reference/regions.json"), root, regionsFile, problems);
  const regions = registryWithGivenNames(divisions?.divisions ?? [], givenNames?.regions ?? [], problems);
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

  const bundle = { regions, indicators: indicators?.indicators ?? [], sourceDocuments, articles };
  if (problems.length === 0) {
    const spans = articleSpans(bundle, problems);
    for (const article of bundle.articles) article.text = spans.get(article.data.article.key) ?? "";
    problems.push(...crossCheck(bundle));
  }
  if (problems.length > 0) throw new SeedValidationError(problems);
  return bundle;
}

export interface ArticleSeedCount {
  article: string;
  records: number;
  reportedFigures: number;
}

/** What one load wrote: per article, how many records it holds and how many are reported figures. */
export interface SeedSummary {
  regions: number;
  indicators: number;
  articles: ArticleSeedCount[];
}

/**
 * Writes a validated seed bundle in one transaction. Every record is upserted by its natural
 * key, so loading the same bundle again changes nothing (ids included), and a failure anywhere
 * leaves the database as it was.
 */
export async function loadSeeds(db: Database, bundle: SeedBundle): Promise<SeedSummary> {
  return db.$transaction(
    async (tx) => {
      const ids = new Ids();
      await writeRegions(tx, bundle, ids);
      for (const indicator of bundle.indicators) {
        const row = await tx.indicator.upsert({ where: { code: indicator.code }, create: indicator, update: indicator });
        ids.set("indicator", indicator.code, row.id);
      }
      for (const { meta } of bundle.sourceDocuments) {
        const row = await tx.sourceDocument.upsert({ where: { key: meta.key }, create: meta, update: meta });
        ids.set("sourceDocument", meta.key, row.id);
      }
      for (const { data, text } of bundle.articles) await writeArticle(tx, data.article, ids, text);
      await writeArticleRecords(
        tx,
        bundle.articles.map(({ data: { article, ...records } }) => ({ article, records })),
        ids,
      );
      await retally(tx, everyKindIn(await regionsWithRecords(tx)));
      await remarkAllLatestFigures(tx);
      return {
        regions: bundle.regions.length,
        indicators: bundle.indicators.length,
        articles: bundle.articles.map(({ data }) => countRecords(data)),
      };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

/**
 * Gives seeded articles stored before article texts were kept their text, so excerpts of new
 * writes citing them can be checked; leaves everything else, editors' changes included, alone.
 */
export async function fillMissingArticleTexts(db: Database, bundle: SeedBundle): Promise<number> {
  let filled = 0;
  for (const { data, text } of bundle.articles) {
    filled += (await db.article.updateMany({ where: { key: data.article.key, text: null }, data: { text } })).count;
  }
  return filled;
}

function countRecords(data: ArticleFile): ArticleSeedCount {
  const { article, ...collections } = data;
  const nested =
    data.careerLadders.reduce((n, l) => n + l.steps.length, 0) +
    data.programmes.reduce((n, p) => n + p.items.length, 0) +
    data.skillStandards.reduce((n, s) => n + s.levels.length + s.appraisalLevels.length, 0);
  const records = Object.values(collections).reduce((n, list) => n + list.length, 0) + nested + 1;
  return { article: article.key, records, reportedFigures: data.figures.length };
}

/**
 * The division registry, a level at a time (parents first): regions already stored keep their
 * ids and are updated only where the registry differs; the others are inserted together, so
 * loading 3,000 divisions costs a few statements, not one each.
 */
async function writeRegions(tx: Tx, bundle: SeedBundle, ids: Ids) {
  const stored = new Map(
    (
      await tx.region.findMany({
        select: {
          id: true,
          code: true,
          nameZh: true,
          nameEn: true,
          nameEnRomanised: true,
          level: true,
          path: true,
          parentId: true,
          sortKey: true,
          searchText: true,
        },
      })
    ).map((row) => [row.code, row]),
  );
  const paths = new Map<string, string>();
  for (const level of ["PROVINCE", "PREFECTURE", "COUNTY"] as const) {
    const missing: Prisma.RegionCreateManyInput[] = [];
    for (const { parent, ...region } of bundle.regions.filter((division) => division.level === level)) {
      const path = `${parent ? paths.get(parent)! : "/"}${region.code}/`;
      paths.set(region.code, path);
      const fields = { ...region, ...nameKeys(region.nameZh, [region.nameEn], { division: true }), path, parentId: ids.optional("region", parent) };
      const row = stored.get(region.code);
      if (!row) {
        missing.push(fields);
        continue;
      }
      ids.set("region", region.code, row.id);
      const changed = (Object.keys(fields) as (keyof typeof fields)[]).some((field) => row[field] !== fields[field]);
      if (changed) await tx.region.update({ where: { id: row.id }, data: fields });
    }
    const inserted = await inChunks(missing, (chunk) => tx.region.createManyAndReturn({ data: chunk, select: { id: true, code: true } }));
    for (const row of inserted) ids.set("region", row.code, row.id);
  }
}
