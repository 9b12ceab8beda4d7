import { describe, expect, it } from "vitest";
import { viewerOf } from "../../src/auth/viewer.js";
import { importReport } from "../../src/store/import-report.js";
import { articleKeys, useSeededApi } from "../helpers/seeded-api.js";
import { regionCodes } from "../helpers/tokens.js";

// Two editors importing the same new record at once: one creates it, the other updates it (the
// version rises to 2), and the audit trail tells the truth — on PostgreSQL as on SQLite.

const api = useSeededApi();
const excerpt = "开展了首届“保山工匠”选树工作，评选保山工匠15名，成立保山工匠创新工作室7个，安排创新工作室工作经费14万元";
const rounds = 20;

const report = (key: string, period: string) => ({
  article: { key: articleKeys.baoshan },
  figures: [{ key, indicator: "craftsman_studios.established", region: regionCodes.baoshan, statedAs: "7个", qualifier: "EXACT", value: 7, period, excerpt }],
});

describe("concurrent imports of one new record", () => {
  it(`create it once and update it once, in each of ${rounds} rounds`, async () => {
    const db = api.database.handle.db;
    const stored = await db.article.findUniqueOrThrow({ where: { key: articleKeys.baoshan }, include: { sourceDocument: true } });
    const article = {
      key: stored.key,
      sourceDocument: stored.sourceDocument.key,
      ordinal: stored.ordinal,
      section: stored.section,
      titleZh: stored.titleZh,
      titleEn: stored.titleEn,
    };
    const seeded = await api.run(`{ article(key: "${articleKeys.baoshan}") { authors { key } authorOrganisation { nameZh } originalPublisher { nameZh } } }`);
    const { authors, authorOrganisation, originalPublisher } = seeded.data.article;
    const seed = {
      ...article,
      authors: authors.map((author: { key: string }) => author.key),
      ...(authorOrganisation ? { authorOrganisation: authorOrganisation.nameZh } : {}),
      ...(originalPublisher ? { originalPublisher: originalPublisher.nameZh } : {}),
    };
    const editors = [viewerOf("editor", "editor-a", regionCodes.baoshan), viewerOf("editor", "editor-b", regionCodes.baoshan)];
    const mayWrite = async () => true;
    for (let round = 0; round < rounds; round++) {
      const key = `test/concurrent-create/round-${round}`;
      const answers = await Promise.all(
        editors.map((editor, index) => importReport(db, editor, { ...report(key, String(2001 + index)), article: seed }, { mayWrite })),
      );
      expect(answers.map((answer) => answer.created).sort()).toEqual([0, 1]);
      expect(answers.map((answer) => answer.changed)).toEqual([1, 1]);
      const figure = await db.reportedFigure.findUniqueOrThrow({ where: { key } });
      expect(figure.version).toBe(2);
      const audit = await db.auditEntry.findMany({ where: { entity: "reportedFigure", entityKey: key }, orderBy: { id: "asc" } });
      expect(audit.map((entry) => entry.before === null)).toEqual([true, false]);
      expect(JSON.parse(audit[1]!.before!).period).toBe(JSON.parse(audit[0]!.after!).period);
      expect(JSON.parse(audit[1]!.after!).period).toBe(figure.period);
    }
  }, 120_000);
});
