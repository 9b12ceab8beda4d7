import { describe, expect, it } from "vitest";
import { viewerOf } from "../../src/auth/viewer.js";
import { importReport } from "../../src/store/import-report.js";
import { useSeededApi } from "../helpers/seeded-api.js";
import { regionCodes } from "../helpers/tokens.js";

// Every batched statement of the write path is chunked under the databases' limits on bound
// parameters (SQLite's is the tighter): an import of 5,000 records is written whole, twice.

const api = useSeededApi();
const admin = viewerOf("admin", "admin-1");
const editor = viewerOf("editor", "editor-baoshan", regionCodes.baoshan);

const excerpt = "大批量导入测试：全年开展测试培训12场次。";
const size = 5_000;
const report = (value: number) => ({
  sourceDocument: { key: "test-large-import", titleZh: "大批量导入测试", titleEn: "Large import test", fileName: "test-large-import.txt" },
  articleText: `大批量导入测试通讯。${excerpt}`,
  article: {
    key: "test-large-import/article",
    sourceDocument: "test-large-import",
    ordinal: 1,
    section: "NEWS_BRIEFS",
    titleZh: "大批量导入测试通讯",
    titleEn: "Large import",
  },
  figures: Array.from({ length: size }, (_, index) => ({
    key: `test/large-import/figure-${index}`,
    indicator: "propaganda.sessions",
    region: regionCodes.baoshan,
    statedAs: "12场次",
    qualifier: "EXACT",
    value,
    period: String(2000 + (index % 20)),
    excerpt,
  })),
});

describe(`an import of ${size.toLocaleString("en")} records`, () => {
  it("is written whole by an admin, then re-imported unchanged, then by an editor of the region as an update of every record", async () => {
    const db = api.database.handle.db;
    const first = await importReport(db, admin, report(12), { mayWrite: async () => true });
    expect([first.records, first.created, first.changed]).toEqual([size, size, size]);
    expect(await db.reportedFigure.count({ where: { key: { startsWith: "test/large-import/" } } })).toBe(size);

    const again = await importReport(db, admin, report(12), { mayWrite: async () => true });
    expect([again.created, again.changed]).toEqual([0, 0]);

    // The same figures restated by Baoshan's editor: every one is placed in Baoshan, so every one is written.
    const restated = { ...report(12), figures: report(12).figures.map((figure) => ({ ...figure, statedAs: "12场次", period: "2021" })) };
    const { sourceDocument: _sourceDocument, ...onRecord } = restated;
    const updated = await importReport(db, editor, onRecord, {
      mayWrite: async (placements) => placements.every((codes) => codes.every((code) => code === regionCodes.baoshan)),
    });
    expect([updated.created, updated.changed]).toEqual([0, size]);
    expect(await db.reportedFigure.count({ where: { key: { startsWith: "test/large-import/" }, version: 2 } })).toBe(size);
  }, 300_000);
});
