import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { publicViewer, viewerOf } from "../../src/auth/viewer.js";
import { seedsRoot } from "../../src/store/seed-loader.js";
import { onlyError } from "../helpers/graphql.js";
import { articleKeys, useSeededApi } from "../helpers/seeded-api.js";
import { regionCodes } from "../helpers/tokens.js";

// Importing a newsletter report through the importReport mutation: all of it or none of it,
// placed inside the importing editor's region, re-importable without changes.

const api = useSeededApi();
const baoshanEditor = viewerOf("editor", "editor-baoshan", regionCodes.baoshan);
const qujingEditor = viewerOf("editor", "editor-qujing", regionCodes.qujing);
const analyst = viewerOf("analyst", "analyst-1");
const admin = viewerOf("admin", "admin-1");

const importMutation = `mutation($report: JSONObject!) {
  importReport(input: { report: $report }) {
    __typename
    ... on MutationImportReportSuccess { data { records created changed article { key titleZh } } }
    ... on InvalidInputError { code problems { field message } }
  }
}`;

/**
 * A made-up report, used only here: a new newsletter and article whose text names a test union
 * in Baoshan, one of its workers (with personal data) and one figure.
 */
const articleText = "测试通讯第一期。保山市测试工会推荐测试职工张某为市级劳动模范，全年开展测试培训12场次。";
const testReport = () => ({
  sourceDocument: { key: "test-newsletter-1", titleZh: "测试通讯", titleEn: "Test newsletter", fileName: "test-newsletter-1.txt" },
  articleText,
  article: {
    key: "test-newsletter-1/baoshan-test-union",
    sourceDocument: "test-newsletter-1",
    ordinal: 1,
    section: "NEWS_BRIEFS",
    titleZh: "测试通讯第一期",
    titleEn: "Test newsletter, issue 1",
  },
  organisations: [
    {
      nameZh: "保山市测试工会",
      nameEn: "Baoshan test union",
      kind: "TRADE_UNION",
      region: regionCodes.baoshan,
      excerpt: "保山市测试工会推荐测试职工张某为市级劳动模范",
    },
  ],
  persons: [
    {
      key: "test/zhang-mou",
      nameZh: "张某",
      nameEn: "Zhang Mou",
      employer: "保山市测试工会",
      birthDate: "1980-05",
      email: "zhang.mou@example.com",
      phone: "+86 875 0000000",
      excerpt: "保山市测试工会推荐测试职工张某为市级劳动模范",
    },
  ],
  figures: [
    {
      key: "test/baoshan-test-union/training-sessions",
      indicator: "propaganda.sessions",
      organisation: "保山市测试工会",
      statedAs: "12场次",
      qualifier: "EXACT",
      value: 12,
      excerpt: "全年开展测试培训12场次",
    },
  ],
});

const personQuery = `{ person(key: "test/zhang-mou") { nameZh employer { nameZh } personalDetails { birthDate email phone } } }`;

describe("importReport", () => {
  it("refuses a Qujing editor importing a Baoshan report, and an anonymous caller", async () => {
    expect(onlyError(await api.run(importMutation, { report: testReport() }, qujingEditor)).extensions?.code).toBe("FORBIDDEN");
    expect(onlyError(await api.run(importMutation, { report: testReport() }, publicViewer)).extensions?.code).toBe("UNAUTHENTICATED");
    expect(await api.database.handle.db.sourceDocument.findUnique({ where: { key: "test-newsletter-1" } })).toBeNull();
  });

  it("refuses an editor a report that would move or change records stored outside its region", async () => {
    // The Qujing union is on record in Qujing; re-declaring it in Baoshan would hand it to Baoshan's editor.
    const report = {
      ...testReport(),
      organisations: [
        ...testReport().organisations,
        {
          nameZh: "曲靖市总工会",
          nameEn: "Qujing FTU",
          kind: "TRADE_UNION",
          region: regionCodes.baoshan,
          excerpt: "保山市测试工会推荐测试职工张某为市级劳动模范",
        },
      ],
    };
    expect(onlyError(await api.run(importMutation, { report }, baoshanEditor)).extensions?.code).toBe("FORBIDDEN");
    const qujingUnion = await api.database.handle.db.organisation.findUniqueOrThrow({ where: { nameZh: "曲靖市总工会" }, include: { region: true } });
    expect(qujingUnion.region?.code).toBe(regionCodes.qujing);
    expect(await api.database.handle.db.sourceDocument.findUnique({ where: { key: "test-newsletter-1" } })).toBeNull();
  });

  it("refuses an editor a change to an article on record", async () => {
    const seeded = JSON.parse(fs.readFileSync(path.join(seedsRoot, "articles/yunnan-baoshan-federation-of-trade-unions.json"), "utf8"));
    const retitled = { article: { ...seeded.article, titleEn: "Retitled by an editor" } };
    const answer = await api.run(importMutation, { report: { ...retitled, figures: [seeded.figures[2]] } }, baoshanEditor);
    expect(onlyError(answer).extensions?.code).toBe("FORBIDDEN");
    expect((await api.database.handle.db.article.findUniqueOrThrow({ where: { key: articleKeys.baoshan } })).titleEn).toBe(seeded.article.titleEn);
  });

  it("writes nothing of a report with one bad record, and names every problem", async () => {
    const report = testReport();
    report.figures[0]!.value = 13;
    const before = await api.database.handle.db.organisation.count();
    const answer = (await api.run(importMutation, { report }, baoshanEditor)).data.importReport;
    expect(answer.__typename).toBe("InvalidInputError");
    expect(answer.problems).toEqual([{ field: "input.report.figures.0.value", message: 'EXACT 13 does not match the stated "12场次"' }]);
    expect(await api.database.handle.db.organisation.count()).toBe(before);
  });

  it("refuses an article ordinal another article of the newsletter holds", async () => {
    const report = testReport();
    const seeded = await api.database.handle.db.article.findUniqueOrThrow({ where: { key: articleKeys.baoshan }, include: { sourceDocument: true } });
    delete (report as { sourceDocument?: unknown }).sourceDocument;
    Object.assign(report.article, { sourceDocument: seeded.sourceDocument.key, ordinal: seeded.ordinal });
    const answer = (await api.run(importMutation, { report }, baoshanEditor)).data.importReport;
    expect(answer.problems).toEqual([
      { field: "input.report.article.ordinal", message: `article ${seeded.ordinal} of newsletter "${seeded.sourceDocument.key}" is "${articleKeys.baoshan}"` },
    ]);
  });

  it("writes nothing when the database refuses a row halfway through", async () => {
    const db = api.database.handle.db;
    // A trigger stands in for any failure after the first rows are written (organisation, person).
    const table = api.database.provider === "sqlite" ? `"ReportedFigure"` : `"${api.database.handle.target.postgresSchema}"."ReportedFigure"`;
    const refuse = api.database.provider === "sqlite" ? "" : `"${api.database.handle.target.postgresSchema}".refuse_figure`;
    const statements =
      api.database.provider === "sqlite"
        ? [`CREATE TRIGGER refuse_figures BEFORE INSERT ON ${table} BEGIN SELECT RAISE(ABORT, 'refused by test trigger'); END`]
        : [
            `CREATE OR REPLACE FUNCTION ${refuse}() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused by test trigger'; END $$ LANGUAGE plpgsql`,
            `CREATE TRIGGER refuse_figures BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION ${refuse}()`,
          ];
    for (const statement of statements) await db.$executeRawUnsafe(statement);
    try {
      const result = await api.run(importMutation, { report: testReport() }, baoshanEditor);
      expect(onlyError(result).extensions?.code).toBe("INTERNAL_SERVER_ERROR");
      expect(await db.organisation.findUnique({ where: { nameZh: "保山市测试工会" } })).toBeNull();
      expect(await db.sourceDocument.findUnique({ where: { key: "test-newsletter-1" } })).toBeNull();
      expect(await db.auditEntry.count({ where: { operation: "importReport" } })).toBe(0);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_figures${api.database.provider === "sqlite" ? "" : ` ON ${table}`}`);
      if (api.database.provider !== "sqlite") await db.$executeRawUnsafe(`DROP FUNCTION ${refuse}()`);
    }
  });

  it("lets a Baoshan editor import a Baoshan report whole, audited, and a second import changes nothing", async () => {
    const first = (await api.run(importMutation, { report: testReport() }, baoshanEditor)).data.importReport;
    expect(first).toMatchObject({
      __typename: "MutationImportReportSuccess",
      data: { records: 3, created: 3, changed: 3, article: { key: "test-newsletter-1/baoshan-test-union" } },
    });
    const audit = await api.database.handle.db.auditEntry.findMany({ where: { operation: "importReport" } });
    expect(audit.map((entry) => entry.entity).sort()).toEqual(["organisation", "person", "reportedFigure"]);
    expect(audit.every((entry) => entry.actor === "editor-baoshan" && entry.before === null)).toBe(true);

    // Again, without the personal details of the person now on record (an editor may not restate them).
    const { persons, ...rest } = testReport();
    const withoutPersonal = { ...rest, persons: persons.map(({ birthDate: _b, email: _e, phone: _p, ...person }) => person) };
    const again = (await api.run(importMutation, { report: withoutPersonal }, baoshanEditor)).data.importReport;
    expect(again.data).toMatchObject({ created: 0, changed: 0 });
  });

  it("refuses an editor the personal details of a person on record, guessed right or wrong, and keeps them as stored", async () => {
    const stored = { birthDate: "1980-05", email: "zhang.mou@example.com", phone: "+86 875 0000000" };
    for (const email of [stored.email, "someone.else@example.com"]) {
      const { persons, ...rest } = testReport();
      const guessed = { ...rest, persons: persons.map((person) => ({ ...person, email })) };
      const answer = await api.run(importMutation, { report: guessed }, baoshanEditor);
      expect(onlyError(answer).extensions?.code).toBe("FORBIDDEN");
      expect(onlyError(answer).message).not.toContain(stored.email);
    }
    expect((await api.run(personQuery, {}, admin)).data.person.personalDetails).toEqual(stored);
  });

  it("shows personal data to analysts and admins only", async () => {
    const details = { birthDate: "1980-05", email: "zhang.mou@example.com", phone: "+86 875 0000000" };
    expect((await api.run(personQuery, {}, analyst)).data.person.personalDetails).toEqual(details);
    expect((await api.run(personQuery, {}, admin)).data.person.personalDetails).toEqual(details);
    expect((await api.run(personQuery, {}, publicViewer)).data.person).toEqual({
      nameZh: "张某",
      employer: { nameZh: "保山市测试工会" },
      personalDetails: null,
    });
    expect((await api.run(personQuery, {}, baoshanEditor)).data.person.personalDetails).toBeNull();
  });

  it("re-imports a seeded newsletter article without changing anything", async () => {
    const report = JSON.parse(fs.readFileSync(path.join(seedsRoot, "articles/yunnan-baoshan-federation-of-trade-unions.json"), "utf8"));
    const answer = (await api.run(importMutation, { report }, admin)).data.importReport;
    expect(answer.data).toMatchObject({ created: 0, changed: 0, article: { key: articleKeys.baoshan } });
  });
});
