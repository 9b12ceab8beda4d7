import type { Database, DatabaseHandle } from "../../db/client.js";
import { tableInSql } from "../../db/database-url.js";
import { Prisma } from "../../generated/sqlite/index.js";
import { remarkAllLatestFigures } from "../../store/latest-figures.js";
import { fillEmptyNameKeys } from "../../store/name-keys-backfill.js";
import { everyKindIn, retally } from "../../store/record-tallies.js";
import { parseCommandLine, runCommand, UsageError } from "../command-line.js";
import { insertInBatches } from "./bulk-insert.js";
import { syntheticSource } from "./catalogue.js";
import { countiesPerPrefecture, ProvincePlan } from "./province-plan.js";
import { Random } from "./random.js";
import * as rows from "./rows.js";
import { prepareTargetDatabase, RefusedTarget, withoutPassword } from "./target-database.js";

// `npm run seed:synthetic -- --database <url>`: a province-sized synthetic data set for
// benchmarks, in a database of its own, every record traceable to the "synthetic" source.

const usage =
  "Usage: npm run seed:synthetic -- --database <file:… | postgresql://…> [--prefectures 16] [--counties 130] [--honourees 1000000] [--funding 100000] [--figures 200000] [--seed 42]";

interface Options {
  databaseUrl: string;
  prefectures: number;
  counties: number;
  honourees: number;
  funding: number;
  figures: number;
  seed: number;
}

const optionSpecs = {
  database: { type: "string" },
  prefectures: { type: "string", default: "16" },
  counties: { type: "string", default: "130" },
  honourees: { type: "string", default: "1000000" },
  funding: { type: "string", default: "100000" },
  figures: { type: "string", default: "200000" },
  seed: { type: "string", default: "42" },
} as const;

function readOptions(): Options {
  const { values } = parseCommandLine(usage, { options: optionSpecs });
  if (!values.database) throw new UsageError("--database is required: the synthetic data set goes into a database of its own.");
  const count = (name: keyof typeof values, min: number, max: number) => {
    const value = Number(values[name]);
    if (!Number.isInteger(value) || value < min || value > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}.`);
    return value;
  };
  // Prefecture numbers are two digits of the region code.
  const prefectures = count("prefectures", 1, 99);
  return {
    databaseUrl: values.database,
    prefectures,
    counties: count("counties", countiesPerPrefecture.min * prefectures, countiesPerPrefecture.max * prefectures),
    honourees: count("honourees", 0, 50_000_000),
    funding: count("funding", 0, 50_000_000),
    figures: count("figures", 0, 50_000_000),
    seed: count("seed", 0, 2 ** 32 - 1),
  };
}

/** Writes every table in foreign-key order; returns the tables written. */
async function writeDataSet({ db, target }: DatabaseHandle, options: Options): Promise<string[]> {
  const random = new Random(options.seed);
  const plan = new ProvincePlan(options, random.fork("plan"));
  const written: string[] = [];
  const load = async <Row extends object>(table: string, total: number, data: Iterable<Row>, insert: (batch: Row[]) => Promise<unknown>) => {
    await insertInBatches(target.provider, table, total, data, insert);
    written.push(table);
  };

  await load("SourceDocument", 1, [plan.sourceDocument], (data) => db.sourceDocument.createMany({ data }));
  await load("Article", plan.articles.length, plan.articles, (data) => db.article.createMany({ data }));
  await load("Citation", plan.citations.length, plan.citations, (data) => db.citation.createMany({ data }));
  await load("Region", plan.regions.length, plan.regions, (data) => db.region.createMany({ data }));
  await load("Indicator", plan.indicators.length, plan.indicators, (data) => db.indicator.createMany({ data }));
  await load("Organisation", plan.organisations.length, plan.organisations, (data) => db.organisation.createMany({ data }));
  await load("HonourTitle", plan.honourTitles.length, plan.honourTitles, (data) => db.honourTitle.createMany({ data }));
  await load("Person", options.honourees, rows.persons(plan, random.fork("persons")), (data) => db.person.createMany({ data }));
  await load("Honour", rows.honourCount(plan), rows.honours(plan, random.fork("honours")), (data) => db.honour.createMany({ data }));

  const sites = rows.sitesPerKind(plan);
  await load("SkillCompetition", sites, rows.skillCompetitions(plan, random.fork("skillCompetitions")), (data) => db.skillCompetition.createMany({ data }));
  await load("ServiceFacility", sites, rows.serviceFacilities(plan, random.fork("serviceFacilities")), (data) => db.serviceFacility.createMany({ data }));
  await load("CraftsmanStudio", sites, rows.craftsmanStudios(plan, random.fork("craftsmanStudios")), (data) => db.craftsmanStudio.createMany({ data }));
  await load("DemonstrationPoint", sites, rows.demonstrationPoints(plan, random.fork("demonstrationPoints")), (data) =>
    db.demonstrationPoint.createMany({ data }),
  );
  await load("InnovationProject", sites, rows.innovationProjects(plan, random.fork("innovationProjects")), (data) => db.innovationProject.createMany({ data }));

  const funding = rows.fundingAllocations(plan, random.fork("funding"), options.funding);
  await load("FundingAllocation", options.funding, funding, (data) => db.fundingAllocation.createMany({ data }));
  const figures = rows.reportedFigures(plan, random.fork("figures"), options.figures);
  await load("ReportedFigure", options.figures, figures, (data) => db.reportedFigure.createMany({ data }));
  await tallyRecords(
    db,
    plan.regions.map((region) => region.id!),
  );
  // Names are bulk-inserted without their keys; they get them as rows stored before keys existed do.
  await fillEmptyNameKeys({ db, target });
  return written;
}

/** The per-region tallies and the latest report of each facet, which comparisons read, as every write keeps them. */
async function tallyRecords(db: Database, regionIds: number[]) {
  const started = performance.now();
  process.stdout.write("RecordTally, RecordTotal, ReportedFigure.latestOfFacet: counting each region's records and marking the latest reports…");
  await db.$transaction(
    async (tx) => {
      await retally(tx, everyKindIn(regionIds));
      await remarkAllLatestFigures(tx);
    },
    { timeout: 30 * 60_000 },
  );
  process.stdout.write(` done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
}

/**
 * PostgreSQL sequences do not see explicit ids, so each is moved past the largest one, or the
 * next ordinary insert would collide. Then statistics, so the planners see the loaded sizes.
 */
async function finishLoad({ db, target }: DatabaseHandle, tables: string[]) {
  if (target.provider === "postgresql") {
    for (const table of tables) {
      const qualified = tableInSql(target, table);
      await db.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('${qualified}', 'id'), (SELECT MAX(id) FROM ${qualified}))`);
    }
  }
  await db.$executeRawUnsafe("ANALYZE");
}

async function rowCounts({ db, target }: DatabaseHandle): Promise<[string, number][]> {
  const counts: [string, number][] = [];
  for (const table of Object.values(Prisma.ModelName)) {
    const name = tableInSql(target, table);
    const [row] = await db.$queryRawUnsafe<{ count: bigint | number }[]>(`SELECT COUNT(*) AS count FROM ${name}`);
    counts.push([table, Number(row!.count)]);
  }
  return counts.filter(([, count]) => count > 0);
}

/** Whether rows have been written: from then on, a failure leaves a data set marked incomplete. */
let writing = false;

async function main() {
  const started = performance.now();
  const options = readOptions();
  const database = await prepareTargetDatabase(options.databaseUrl);
  try {
    if (database.target.provider === "sqlite") {
      // A benchmark data set can be rebuilt, so the load need not survive a power cut.
      await database.db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
      await database.db.$executeRawUnsafe("PRAGMA synchronous = OFF");
    }
    writing = true;
    const tables = await writeDataSet(database, options);
    await finishLoad(database, tables);
    await database.db.sourceDocument.update({
      where: { key: syntheticSource.key },
      data: { titleZh: syntheticSource.titleZh, titleEn: syntheticSource.titleEn },
    });
    const counts = await rowCounts(database);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `Synthetic data set (seed ${options.seed}) written to ${withoutPassword(options.databaseUrl)} (${database.target.provider}) in ${seconds.toFixed(1)} s:`,
    );
    for (const [table, count] of counts) console.log(`  ${table.padEnd(20)} ${count.toLocaleString("en-US").padStart(11)}`);
    const total = counts.reduce((sum, [, count]) => sum + count, 0);
    console.log(`  ${"total".padEnd(20)} ${total.toLocaleString("en-US").padStart(11)}`);
  } finally {
    await database.db.$disconnect();
  }
}

await runCommand(usage, async () => {
  try {
    await main();
  } catch (error) {
    if (writing && !(error instanceof UsageError || error instanceof RefusedTarget)) {
      console.error("The synthetic data set was not finished: its source document says INCOMPLETE, and the benchmark refuses it. Run the generator again.");
    }
    throw error;
  }
}, [RefusedTarget]);
