import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "../../src/db/database-url.js";

// `npm run draft`: the seed newsletter to a draft report, as JSON and as the editor's table.

const draft = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "src/cli/draft.ts", ...args], { cwd: repositoryRoot, encoding: "utf8", timeout: 120_000 });

describe("npm run draft", () => {
  it("drafts the seed newsletter as JSON: every article a report in the import format with its review", () => {
    const result = draft("seeds/sources/000_2dc913a942106495.txt");
    expect(result.status, result.stderr).toBe(0);
    const drafted = JSON.parse(result.stdout);
    expect(drafted.articles).toHaveLength(5);
    const [baoshan] = drafted.articles;
    expect(baoshan.report.article).toMatchObject({
      sourceDocument: "000_2dc913a942106495",
      ordinal: 1,
      section: "NEWS_BRIEFS",
      authorOrganisation: "保山市总工会",
    });
    expect(baoshan.report.figures[0]).toMatchObject({
      statedAs: "65场次",
      qualifier: "EXACT",
      value: 65,
      indicator: "propaganda.sessions",
      excerpt: "到机关、企业开展宣讲65场次",
    });
    expect(baoshan.review.figures[0].basis.length).toBeGreaterThan(0);
    // What it cannot fill in is listed, never made up.
    expect(baoshan.report.article.titleEn).toBeUndefined();
    expect(baoshan.review.unmapped).toContainEqual({ path: "article.titleEn", message: "the article's English title: the drafter does not translate" });
  });

  it("shows the editor a table per article with --report, and what is left to fill in", () => {
    const result = draft("seeds/sources/000_2dc913a942106495.txt", "--report");
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^# Draft of .*: 5 articles, \d+ figures proposed, drafted in \d+ ms/);
    expect(result.stdout).toContain("statedAs");
    expect(result.stdout).toMatch(/100余万人次 +AT_LEAST +1000000 +PERSON_TIME +worker_stations\.services_provided/);
    expect(result.stdout).toContain("to fill in:");
  });

  it("refuses a file it cannot read in one line, exit 2", () => {
    const result = draft("no/such/newsletter.txt");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Cannot read the newsletter no/such/newsletter.txt: no such file.");
  });
});
