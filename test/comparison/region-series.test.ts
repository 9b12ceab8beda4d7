import { beforeAll, describe, expect, it } from "vitest";
import { fixtureCitation } from "../helpers/fixtures.js";
import { onlyError } from "../helpers/graphql.js";
import { useSeededApi } from "../helpers/seeded-api.js";

const api = useSeededApi();

const series = (metric: string, from = 2019, to = 2021) => `{
  regionSeries(regionCodes: ["530500", "530300"], metric: ${metric}, years: { from: ${from}, to: ${to} }) {
    metric { label unit }
    rows { region { code } points { year cell { value { qualifier value } basis rank sources { excerpt } } } }
  }
}`;

describe("regionSeries", () => {
  beforeAll(async () => {
    // Dated fixture figures: the newsletter dates few of its own numbers.
    const db = api.database.handle.db;
    const citation = await fixtureCitation(db);
    const indicator = await db.indicator.findUniqueOrThrow({ where: { code: "competition.participants" } });
    const qujing = await db.region.findUniqueOrThrow({ where: { code: "530300" } });
    const tengchong = await db.region.findUniqueOrThrow({ where: { code: "530581" } });
    await db.reportedFigure.createMany({
      data: [
        {
          key: "fixture/qujing-2019",
          indicatorId: indicator.id,
          regionId: qujing.id,
          qualifier: "EXACT",
          value: 800n,
          statedAs: "800人",
          period: "2019",
          citationId: citation.id,
        },
        {
          key: "fixture/qujing-2020",
          indicatorId: indicator.id,
          regionId: qujing.id,
          qualifier: "AT_LEAST",
          value: 900n,
          statedAs: "900余人",
          period: "2020-10",
          citationId: citation.id,
        },
        {
          key: "fixture/tengchong-2020",
          indicatorId: indicator.id,
          regionId: tengchong.id,
          qualifier: "EXACT",
          value: 950n,
          statedAs: "950人",
          period: "2020",
          citationId: citation.id,
        },
      ],
    });
  });

  it("gives each region a point per year from figures dated in it, rolled up and ranked per year; other years are gaps", async () => {
    const data = await api.query(series(`{ label: "participants", indicatorCode: "competition.participants" }`));
    const points = Object.fromEntries(
      data.regionSeries.rows.map((row: any) => [row.region.code, row.points.map((p: any) => [p.year, p.cell.value, p.cell.rank])]),
    );
    // Baoshan's own "1万余人" is undated, so it is in no year; Tengchong's dated 2020 figure rolls up to Baoshan.
    expect(points["530500"]).toEqual([
      [2019, null, null],
      [2020, { qualifier: "EXACT", value: 950 }, 1],
      [2021, null, null],
    ]);
    expect(points["530300"]).toEqual([
      [2019, { qualifier: "EXACT", value: 800 }, 1],
      [2020, { qualifier: "AT_LEAST", value: 900 }, 2],
      [2021, null, null],
    ]);
  });

  it("splits dated funding by year", async () => {
    const data = await api.query(series(`{ records: FUNDING, fundingPurpose: SERVICE_FACILITIES }`, 2020, 2020));
    const baoshan = data.regionSeries.rows.find((row: any) => row.region.code === "530500");
    expect(baoshan.points[0].cell).toMatchObject({ value: { qualifier: "EXACT", value: 11_000_000 }, basis: "RECORDS", rank: 1 });
    expect(baoshan.points[0].cell.sources[0].excerpt).toContain("2020年投资1100万元");
  });

  it("refuses undated record kinds and open or too long spans", async () => {
    expect(onlyError(await api.run(series(`{ records: CRAFTSMAN_STUDIOS }`))).extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "metric" });
    expect(onlyError(await api.run(series(`{ records: FUNDING }`, 1990, 2030))).extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "years" });
  });
});
