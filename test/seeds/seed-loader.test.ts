import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compact } from "../../src/provenance/excerpt.js";
import { parseStatedQuantity } from "../../src/quantity/stated-quantity.js";
import { fillMissingArticleTexts, loadSeeds, readSeeds, SeedValidationError, seedsRoot } from "../../src/store/seed-loader.js";
import { storedTallies } from "../helpers/fixtures.js";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database.js";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());

const baoshanFile = "articles/yunnan-baoshan-federation-of-trade-unions.json";

/** A copy of seeds/ in a temporary folder, with one file changed by `edit`. */
function seedsWith(file: string, edit: (data: any) => void): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "reform-graph-seeds-"));
  for (const folder of ["reference", "sources", "articles"]) {
    fs.cpSync(path.join(seedsRoot, folder), path.join(root, folder), { recursive: true });
  }
  const target = path.join(root, file);
  const data = JSON.parse(fs.readFileSync(target, "utf8"));
  edit(data);
  fs.writeFileSync(target, JSON.stringify(data));
  return root;
}

async function rejection(root: string): Promise<SeedValidationError> {
  const error = await readSeeds(root).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SeedValidationError);
  return error as SeedValidationError;
}

/** Every row of every table, for comparing two states of the database. */
async function snapshot() {
  const db = database.handle.db as unknown as Record<string, { findMany(args: object): Promise<unknown[]> }>;
  const models = [
    "region",
    "indicator",
    "sourceDocument",
    "article",
    "articleAuthor",
    "citation",
    "organisation",
    "person",
    "policyDocument",
    "policyDocumentIssuer",
    "honourTitle",
    "honourTitleConferrer",
    "honour",
    "reportedFigure",
    "fundingAllocation",
    "rewardRule",
    "skillCompetition",
    "careerLadder",
    "careerLadderStep",
    "serviceFacility",
    "ranking",
    "programme",
    "programmeItem",
    "craftsmanStudio",
    "demonstrationPoint",
    "innovationProject",
  ];
  // When a region was last retallied is the load's time, not data; tallies are derived rows, compared by content.
  const seeded = Object.fromEntries(
    await Promise.all(
      models.map(async (model) => [model, await db[model]!.findMany({ orderBy: { id: "asc" }, ...(model === "region" ? { omit: { talliedAt: true } } : {}) })]),
    ),
  );
  return { ...seeded, ...(await storedTallies(database.handle.db)) };
}

describe("seed loader", () => {
  it("rejects a malformed file whole, naming the file, the record and the field, and writes nothing", async () => {
    const root = seedsWith(baoshanFile, (data) => {
      delete data.figures[1].indicator;
      data.funding[0].purpose = "PARTY";
    });
    const { problems } = await rejection(root);
    const shown = path.join(root, baoshanFile);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toBe(`${shown}: figures[1] (baoshan/model-workers-featured).indicator: Invalid input: expected string, received undefined`);
    expect(problems[1]).toMatch(`${shown}: funding[0] (baoshan/craftsman-studio-operating-funds).purpose: Invalid option`);
    expect(await database.handle.db.article.count()).toBe(0);
  });

  it("rejects a number that disagrees with its stated text, and an unknown region", async () => {
    const root = seedsWith(baoshanFile, (data) => {
      data.figures[0].value = 66;
      data.funding[0].region = "999999";
    });
    const { problems } = await rejection(root);
    const shown = path.join(root, baoshanFile);
    expect(problems).toContain(`${shown}: figures[0] (baoshan/propaganda-sessions).value: EXACT 66 does not match the stated "65场次"`);
    expect(problems).toContain(`${shown}: funding[0] (baoshan/craftsman-studio-operating-funds).region: unknown region code "999999"`);
  });

  it("rejects an excerpt that is not in its article, and a dangling reference", async () => {
    const root = seedsWith(baoshanFile, (data) => {
      data.figures[0].excerpt = "曲靖市总工会印发了"; // true of the Qujing article, not of Baoshan's
      data.honours = [{ key: "baoshan/fake", honourTitle: "不存在的称号", status: "AWARDED", organisation: "保山市总工会", excerpt: data.funding[0].excerpt }];
    });
    const { problems } = await rejection(root);
    expect(problems).toContain(
      `${path.join(root, baoshanFile)}: figures[0] (baoshan/propaganda-sessions).excerpt: not found in article "保山市总工会聚焦“五力”推动新时期产业工人队伍建设改革走深走实" (whitespace ignored)`,
    );
    expect(problems).toContain(`${path.join(root, baoshanFile)}: honours[0] (baoshan/fake).honourTitle: unknown honour title "不存在的称号"`);
  });

  it("writes nothing when the database refuses a record halfway through", async () => {
    const bundle = await readSeeds();
    const [first, second] = bundle.articles;
    second!.data.article.ordinal = first!.data.article.ordinal; // unique per newsletter: fails in the database
    await expect(loadSeeds(database.handle.db, bundle)).rejects.toThrow();
    expect(await database.handle.db.region.count()).toBe(0);
    expect(await database.handle.db.article.count()).toBe(0);
  });

  it("is idempotent: loading twice leaves every row, ids included, as the first load wrote it", async () => {
    await database.seed();
    const first = await snapshot();
    await database.seed();
    expect(await snapshot()).toEqual(first);
    expect((first.reportedFigure as unknown[]).length).toBeGreaterThan(30);
  });

  it("gives seeded articles stored without their text (before texts were kept) their text, and touches nothing else", async () => {
    await database.seed();
    const db = database.handle.db;
    const article = await db.article.findFirstOrThrow({ orderBy: { id: "asc" } });
    await db.article.update({ where: { id: article.id }, data: { text: null, titleEn: "edited by an editor" } });
    expect(await fillMissingArticleTexts(db, await readSeeds())).toBe(1);
    const after = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(after.text).toBe(article.text);
    expect(after.titleEn).toBe("edited by an editor");
    expect(await fillMissingArticleTexts(db, await readSeeds())).toBe(0);
  });

  it("stores only excerpts found in the source text, and numbers that agree with their stated text", async () => {
    const db = database.handle.db;
    const sourceText = compact(fs.readFileSync(path.join(seedsRoot, "sources/000_2dc913a942106495.txt"), "utf8"));
    const citations = await db.citation.findMany();
    expect(citations.length).toBeGreaterThan(50);
    for (const citation of citations) expect(sourceText).toContain(citation.excerpt);

    const quantities = [
      ...(await db.reportedFigure.findMany({ include: { citation: true } })).map((f) => ({ ...f, max: f.valueMax })),
      ...(await db.fundingAllocation.findMany({ include: { citation: true } })).map((f) => ({ ...f, value: f.amountCny, max: f.amountCnyMax })),
      ...(await db.ranking.findMany({ include: { citation: true } })).map((r) => ({ ...r, value: r.rank, max: null })),
      ...(await db.rewardRule.findMany({ where: { statedAs: { not: null } }, include: { citation: true } })).map((r) => ({
        ...r,
        statedAs: r.statedAs!,
        qualifier: r.qualifier!,
        value: r.amountCny!,
        max: r.amountCnyMax,
      })),
    ];
    expect(quantities.length).toBeGreaterThan(60);
    for (const quantity of quantities) {
      expect(quantity.citation.excerpt).toContain(quantity.statedAs);
      const parsed = parseStatedQuantity(quantity.statedAs);
      expect({ key: quantity.key, qualifier: parsed?.qualifier, value: parsed?.value, max: parsed?.valueMax ?? null }).toEqual({
        key: quantity.key,
        qualifier: quantity.qualifier,
        value: Number(quantity.value),
        max: quantity.max === null ? null : Number(quantity.max),
      });
    }
  });
});
