import { describe, expect, it } from "vitest";
import { useTestServer } from "../helpers/test-server.js";
import { analystReport, request } from "./analyst-report.js";
import { BaoshanCraftsmanStudiosDocument, ChinaFirstHeavyCareerLadderDocument, HonoursByLevelDocument } from "./generated/graphql.js";

// Over HTTP with the typed documents codegen generates from test/client/operations/: a schema
// change that breaks one of these operations fails codegen, the typecheck, or this test.

const server = useTestServer();

describe("the typed example client", () => {
  it("gets typed results over HTTP", async () => {
    const studios = await request(server.url, BaoshanCraftsmanStudiosDocument);
    expect(studios.studios.nodes[0]?.quantity).toEqual({ qualifier: "EXACT", value: 7, unit: "COUNT", statedAs: "7个" });
    const ladder = await request(server.url, ChinaFirstHeavyCareerLadderDocument);
    expect(ladder.careerLadders.nodes[0]?.steps.at(-1)).toEqual({
      ordinal: 7,
      nameZh: "首席技能大师",
      nameEn: "Chief skill master",
      addedByOrganisation: true,
    });
  });

  it("prints the five analyst answers as tables, with gaps shown as gaps", async () => {
    const report = await analystReport(server.url);
    expect(report).toMatch(/Craftsman innovation studios established\s+7 COUNT\s+7个/);
    expect(report).toMatch(/曲靖市\*\*\*工种技术状元\s+≤ 3000 CNY\s+不高于3000元/);
    expect(report).toMatch(/7\s+首席技能大师\s+Chief skill master\s+yes/);
    expect(report).toMatch(/云天化集团\s+云天化集团推进新时期产业工人队伍建设改革实施方案\s+IMPLEMENTATION_PLAN\s+2020-06/);
    expect(report).toMatch(/Qujing\s+\(no data reported\)/);
  });

  it("turns GraphQL errors into exceptions carrying their codes", async () => {
    await expect(request(server.url, HonoursByLevelDocument, { indicators: ["no.such.indicator"] })).rejects.toThrow(
      /NOT_FOUND: No indicator found for "no.such.indicator"/,
    );
  });
});
