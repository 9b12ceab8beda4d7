import { beforeAll, describe, expect, it } from "vitest";
import { everyKindIn, retally } from "../../src/store/record-tallies.js";
import { fixtureCitation } from "../helpers/fixtures.js";
import { onlyError } from "../helpers/graphql.js";
import { useSeededApi } from "../helpers/seeded-api.js";

const api = useSeededApi();

const compare = (codes: string[], metrics: string) => `{
  compareRegions(regionCodes: ${JSON.stringify(codes)}, metrics: [${metrics}]) {
    metrics { label unit }
    rows { region { code } cells { metric value { qualifier value } reported { value } records { value } basis levels rank tied normalised sources { excerpt article { titleZh } } } }
    totals { metric value { qualifier value } regionsWithData }
  }
}`;

const cells = (data: any, metric: string) =>
  Object.fromEntries(data.compareRegions.rows.map((row: any) => [row.region.code, row.cells.find((cell: any) => cell.metric === metric)]));

describe("compareRegions on the real seed data", () => {
  it("Baoshan, Qujing and Zhaotong on demonstration points, studios, honours by level and funding: gaps stay gaps", async () => {
    const data = await api.query(
      compare(
        ["530500", "530300", "530600"],
        `{ label: "points", indicatorCode: "demonstration_points.created", records: DEMONSTRATION_POINTS },
         { label: "studios", indicatorCode: "craftsman_studios.established", records: CRAFTSMAN_STUDIOS },
         { label: "provincial medals awarded", indicatorCode: "honours.persons", honourKind: LABOUR_MEDAL, honourLevel: PROVINCIAL, honourStatus: AWARDED },
         { label: "national model workers recommended", indicatorCode: "honours.persons", honourKind: MODEL_WORKER, honourLevel: NATIONAL, honourStatus: RECOMMENDED },
         { label: "studio funding", records: FUNDING, fundingPurpose: CRAFTSMAN_STUDIOS }`,
      ),
    );
    const points = cells(data, "points");
    expect(points["530500"]).toMatchObject({
      value: { qualifier: "EXACT", value: 13 },
      reported: { value: 13 },
      records: { value: 0 },
      // 13 reported, none named: the list on file is incomplete, which is no contradiction.
      basis: "RECORDS_INCOMPLETE",
      levels: ["PREFECTURE"],
      rank: 1,
      tied: false,
    });
    expect(points["530500"].sources[0].excerpt).toContain("示范点13个");
    for (const gap of [points["530300"], points["530600"]]) expect(gap).toMatchObject({ value: null, basis: "NO_DATA", rank: null, sources: [] });

    expect(cells(data, "studios")["530500"]).toMatchObject({ value: { value: 7 }, records: { value: 0 }, basis: "RECORDS_INCOMPLETE" });
    expect(cells(data, "provincial medals awarded")["530500"].value).toEqual({ qualifier: "EXACT", value: 6 });
    expect(cells(data, "national model workers recommended")["530500"].value).toEqual({ qualifier: "EXACT", value: 2 });
    expect(cells(data, "studio funding")["530500"]).toMatchObject({ value: { value: 140_000 }, basis: "RECORDS" });
    expect(data.compareRegions.metrics.map((m: any) => m.unit)).toEqual(["COUNT", "COUNT", "PERSON", "PERSON", "CNY"]);
    expect(data.compareRegions.totals[0]).toEqual({ metric: "points", value: { qualifier: "EXACT", value: 13 }, regionsWithData: 1 });
  });

  it("gives the same values, bases, levels and ranks whether or not the query asks for sources", async () => {
    // Without sources only the figures that make the values are read (the latest of each facet), and tallies are not split by source.
    const cellFields =
      "metric value { qualifier value valueMax } reported { qualifier value } records { qualifier value valueMax } basis levels rank tied normalised";
    const metrics = `{ label: "points", indicatorCode: "demonstration_points.created", records: DEMONSTRATION_POINTS },
      { label: "model workers", indicatorCode: "honours.persons", records: HONOURS, honourKind: MODEL_WORKER, honourStatus: AWARDED },
      { label: "city craftsmen", records: HONOURS, honourKind: CRAFTSMAN, honourLevel: CITY, honourStatus: AWARDED },
      { label: "medals", indicatorCode: "honours.persons", honourKind: LABOUR_MEDAL, honourStatus: AWARDED }, { label: "funding", records: FUNDING },
      { label: "studios", indicatorCode: "craftsman_studios.established", records: CRAFTSMAN_STUDIOS }, { label: "competitions", records: SKILL_COMPETITIONS }`;
    const regions = ["530000", "530500", "530300", "530600", "530502", "530524", "530681"];
    for (const period of ["", ", period: { from: 2020, to: 2021 }"]) {
      const query = (fields: string) =>
        `{ compareRegions(regionCodes: ${JSON.stringify(regions)}, metrics: [${metrics}]${period}) { rows { region { code } cells { ${fields} } } totals { metric value { qualifier value } regionsWithData } } }`;
      const withSources = await api.query(query(`${cellFields} sources { excerpt }`));
      const without = await api.query(query(cellFields));
      const valuesOnly = withSources.compareRegions.rows.map((row: any) => ({ ...row, cells: row.cells.map(({ sources: _, ...cell }: any) => cell) }));
      expect(without.compareRegions.rows).toEqual(valuesOnly);
      expect(without.compareRegions.totals).toEqual(withSources.compareRegions.totals);
      expect(valuesOnly.flatMap((row: any) => row.cells).filter((cell: any) => cell.value).length).toBeGreaterThan(4);
    }
  });

  it("counts each region's records over its own subtree, the same beside its counties as alone, and once in the totals", async () => {
    // Records are summed per compared region by the database; a province compared beside its
    // prefecture and county must not take their rows a second time.
    const metrics = `{ label: "service facilities", records: SERVICE_FACILITIES }, { label: "model workers", records: HONOURS, honourKind: MODEL_WORKER, honourStatus: AWARDED },
      { label: "funding", records: FUNDING }, { label: "studio funding", records: FUNDING, fundingPurpose: CRAFTSMAN_STUDIOS }`;
    // Changning (530524) has funding and a service facility of its own, Baoshan more of both.
    const nested = ["530000", "530500", "530524"];
    for (const options of ["", ", period: { from: 2020, to: 2025 }"]) {
      for (const sources of ["", " sources { excerpt }"]) {
        const query = (codes: string[]) =>
          `{ compareRegions(regionCodes: ${JSON.stringify(codes)}, metrics: [${metrics}]${options}) { rows { region { code } cells { metric value { qualifier value valueMax } records { qualifier value valueMax }${sources} } } totals { metric value { qualifier value valueMax } } } }`;
        const together = await api.query(query(nested));
        for (const [r, code] of nested.entries()) {
          const alone = await api.query(query([code]));
          expect(together.compareRegions.rows[r]).toEqual(alone.compareRegions.rows[0]);
        }
        const province = together.compareRegions.rows[0].cells;
        const county = together.compareRegions.rows[2].cells;
        for (const metric of ["service facilities", "funding"]) {
          const records = (cells: any[]) => cells.find((cell) => cell.metric === metric).records.value;
          expect(records(county)).toBeGreaterThan(0);
          expect(records(province)).toBeGreaterThanOrEqual(records(county));
        }
        // The province holds the other two: the totals are its records alone.
        expect(together.compareRegions.totals.map((total: any) => total.value)).toEqual(province.map((cell: any) => cell.value));
      }
    }
  });

  it("normalises per 10,000 workers covered", async () => {
    const data = await api.query(
      compare(
        ["530500"],
        `{ label: "contracts", indicatorCode: "wage_collective_contracts.signed", per: { indicatorCode: "wage_collective_contracts.workers_covered" } }`,
      ),
    );
    const cell = cells(data, "contracts")["530500"];
    expect(cell.normalised).toBeCloseTo((397 / 35_646) * 10_000, 6);
    expect(cell.sources.map((s: any) => s.excerpt).join()).toContain("覆盖职工35646人");
  });

  it("refuses metrics it cannot compute, with clear codes", async () => {
    expect(onlyError(await api.run(compare(["530500"], `{ label: "nothing" }`))).extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "metrics[0]" });
    expect(onlyError(await api.run(compare(["530500"], `{ indicatorCode: "no.such" }`))).extensions).toMatchObject({ code: "NOT_FOUND" });
    expect(onlyError(await api.run(compare(["999999"], `{ records: FUNDING }`))).extensions).toMatchObject({ code: "NOT_FOUND", argument: "regionCodes" });
    expect(onlyError(await api.run(compare(["530500"], `{ records: HONOURS, fundingPurpose: AWARDS }`))).extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses a metric whose indicator and records measure different things, naming it, in every comparison", async () => {
    const mixed = `{ label: "money or people", records: FUNDING, indicatorCode: "honours.persons" }`;
    const failure = onlyError(await api.run(compare(["530500", "530300"], `{ records: FUNDING }, ${mixed}`)));
    expect(failure.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "metrics[1]" });
    expect(failure.message).toBe(
      'metrics[1] ("money or people"): the indicator honours.persons (PERSON) and records: FUNDING measure different things, so they cannot be one metric. records: FUNDING pairs with no indicator; ask for the two as separate metrics.',
    );
    // Same unit, different things: studios are not demonstration points.
    const studiosAsPoints = onlyError(await api.run(compare(["530500"], `{ records: CRAFTSMAN_STUDIOS, indicatorCode: "demonstration_points.created" }`)));
    expect(studiosAsPoints.message).toMatch(/records: CRAFTSMAN_STUDIOS pairs with craftsman_studios\.established/);
    const series = onlyError(
      await api.run(`{ regionSeries(regionCodes: ["530500"], metric: ${mixed}, years: { from: 2020, to: 2021 }) { rows { points { year } } } }`),
    );
    expect(series.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "metric" });
    const organisations = onlyError(
      await api.run(`{ compareOrganisations(organisationNames: ["保山市总工会"], metrics: [${mixed}]) { rows { cells { basis } } } }`),
    );
    expect(organisations.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "metrics[0]" });
  });
});

describe("a region's figures include those about organisations located in it", () => {
  it("answers skill-competition participants of every region and organisation that reports them in one query, naming who", async () => {
    const data = await api.query(`{ compareRegions(regionCodes: ["530500", "530600", "530681", "530300"], metrics: [
      { label: "participants", indicatorCode: "competition.participants" }, { label: "lectures", indicatorCode: "propaganda.sessions" }]) {
      rows { region { code } cells { metric value { qualifier value } basis levels organisations { nameZh } organisationCount sources { excerpt } } } } }`);
    const participants = cells(data, "participants");
    // Baoshan reports its own 10,000 or more; Zhaotong reports none, so Shuifu Yuntianhua's 1,000 or more (in Shuifu, 530681) stands for it.
    expect(participants["530500"]).toMatchObject({
      value: { qualifier: "AT_LEAST", value: 10_000 },
      basis: "REPORTED",
      levels: ["PREFECTURE"],
      organisations: [],
    });
    for (const code of ["530600", "530681"]) {
      expect(participants[code]).toMatchObject({
        value: { qualifier: "AT_LEAST", value: 1_000 },
        basis: "REPORTED",
        levels: [],
        organisations: [{ nameZh: "云南水富云天化有限公司" }],
        organisationCount: 1,
      });
      expect(participants[code].sources[0].excerpt).toContain("1000余名");
    }
    expect(participants["530300"]).toMatchObject({ value: null, basis: "NO_DATA", organisations: [] });
    // Baoshan's 65 publicity sessions are filed under its trade-union federation.
    expect(cells(data, "lectures")["530500"]).toMatchObject({ value: { value: 65 }, organisations: [{ nameZh: "保山市总工会" }] });
  });

  it("pages a cell's organisations like its sources, and names them in organisation comparisons too", async () => {
    const tooMany = await api.run(
      `{ compareRegions(regionCodes: ["530600"], metrics: [{ indicatorCode: "competition.participants" }]) { rows { cells { organisations(first: 101) { nameZh } } } } }`,
    );
    expect(tooMany.errors?.[0]?.extensions?.code).toBe("PAGE_SIZE_EXCEEDED");
    // Aliased 30 times, the cell's organisations are answered whole (priced by first like sources).
    const cell = `rows { cells { organisationCount organisations(first: 100) { nameZh } } }`;
    const aliased = await api.run(
      `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: compareRegions(regionCodes: ["530600", "530500"], metrics: [{ indicatorCode: "competition.participants" }]) { ${cell} }`).join(" ")} }`,
    );
    expect(aliased.errors).toBeUndefined();
    expect(Object.values(aliased.data!).map((c: any) => c.rows[0].cells[0].organisations)).toEqual(Array(30).fill([{ nameZh: "云南水富云天化有限公司" }]));
    const organisations =
      await api.query(`{ compareOrganisations(organisationNames: ["云南水富云天化有限公司"], metrics: [{ indicatorCode: "competition.participants" }]) {
      rows { cells { value { value } levels organisations { nameZh } } } } }`);
    expect(organisations.compareOrganisations.rows[0].cells[0]).toEqual({
      value: { value: 1_000 },
      levels: [],
      organisations: [{ nameZh: "云南水富云天化有限公司" }],
    });
  });
});

describe("honour metrics count one kind of title at one stage", () => {
  it("answers model workers by level, Baoshan vs Qujing, without adding Baoshan's 15 craftsmen to its 29 model workers", async () => {
    const level = (name: string, status: string) =>
      `{ label: "${name} ${status}", indicatorCode: "honours.persons", records: HONOURS, honourKind: MODEL_WORKER, honourLevel: ${name}, honourStatus: ${status} }`;
    const data = await api.query(
      compare(["530500", "530300"], [level("NATIONAL", "RECOMMENDED"), level("PROVINCIAL", "RECOMMENDED"), level("CITY", "AWARDED")].join(", ")),
    );
    expect(data.compareRegions.rows.map((row: any) => [row.region.code, ...row.cells.map((cell: any) => cell.value?.value ?? null)])).toEqual([
      ["530500", 2, 9, 29],
      ["530300", null, null, null],
    ]);
    const city = cells(data, "CITY AWARDED")["530500"];
    expect(city.sources.map((source: any) => source.excerpt).join()).toContain("29名");
    expect(city.sources.map((source: any) => source.excerpt).join()).not.toContain("保山工匠");
  });

  it("counts one title when the metric names it, and says in its column what it counts", async () => {
    const data = await api.query(`{ compareRegions(regionCodes: ["530500"], metrics: [
      { label: "craftsmen", indicatorCode: "honours.persons", honourTitle: " 保山工匠 ", honourStatus: AWARDED }]) {
      metrics { label honourKind honourTitle honourLevel honourStatus fundingPurpose } rows { cells { value { value } } } } }`);
    expect(data.compareRegions.metrics[0]).toEqual({
      label: "craftsmen",
      honourKind: "CRAFTSMAN",
      honourTitle: "保山工匠",
      honourLevel: "CITY",
      honourStatus: "AWARDED",
      fundingPurpose: null,
    });
    expect(data.compareRegions.rows[0].cells[0].value.value).toBe(15);
  });

  it("refuses an honour metric that would add different titles or stages, or narrows what it does not count", async () => {
    const refusal = async (metric: string) => onlyError(await api.run(compare(["530500"], metric)));
    const noKind = await refusal(`{ label: "honours", records: HONOURS, honourStatus: AWARDED }`);
    expect(noKind.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "metrics[0]" });
    expect(noKind.message).toMatch(/^metrics\[0\] \("honours"\): honours of different kinds of title .* name a honourKind or a honourTitle\.$/);
    const noStatus = await refusal(`{ indicatorCode: "honours.persons", honourKind: MODEL_WORKER }`);
    expect(noStatus.message).toMatch(/name a honourStatus/);
    expect((await refusal(`{ records: FUNDING, honourKind: MODEL_WORKER }`)).message).toMatch(/apply to honour metrics only/);
    expect((await refusal(`{ indicatorCode: "demonstration_points.created", honourStatus: AWARDED }`)).message).toMatch(/apply to honour metrics only/);
    const wrongKind = await refusal(`{ records: HONOURS, honourTitle: "保山工匠", honourKind: MODEL_WORKER, honourStatus: AWARDED }`);
    expect(wrongKind.message).toMatch(/the title 保山工匠 is of the kind CRAFTSMAN, not MODEL_WORKER/);
    const wrongLevel = await refusal(`{ records: HONOURS, honourTitle: "保山工匠", honourLevel: NATIONAL, honourStatus: AWARDED }`);
    expect(wrongLevel.message).toMatch(/is at the level CITY, not NATIONAL/);
    // A title given with a space is the title (names resolve as read/name-lookup.ts says); one that is
    // none is named in its NOT_FOUND with the closest titles.
    const spaced = await api.run(compare(["530500"], `{ label: "honours", records: HONOURS, honourTitle: "保山市 劳动模范", honourStatus: AWARDED }`));
    expect(spaced.errors).toBeUndefined();
    const unknown = await refusal(`{ records: HONOURS, honourTitle: "保山市 劳动楷模", honourStatus: AWARDED }`);
    expect(unknown.extensions).toMatchObject({ code: "NOT_FOUND", argument: "metrics[0].honourTitle", searched: "保山市 劳动楷模" });
    expect(unknown.extensions?.suggestions).toContain("保山市劳动模范");
    const invisible = await refusal(`{ records: HONOURS, honourTitle: "保山\u200b工匠", honourStatus: AWARDED }`);
    expect(invisible.extensions?.code).toBe("BAD_USER_INPUT");
    // A 100,000-character title is looked up and not found, never an internal error.
    const huge = await refusal(`{ records: HONOURS, honourTitle: "${"工".repeat(100_000)}", honourStatus: AWARDED }`);
    expect(huge.extensions?.code).toMatch(/NOT_FOUND|BAD_USER_INPUT|TOO_MANY_TOKENS|REQUEST_TOO_LARGE/);
  });

  it("counts a competition held, not one only planned", async () => {
    const data = await api.query(compare(["530681"], `{ label: "held", records: SKILL_COMPETITIONS }`));
    const held = cells(data, "held")["530681"];
    expect(held).toMatchObject({ value: { value: 1 }, basis: "RECORDS" });
    expect(held.sources.map((source: any) => source.excerpt).join()).toContain("2020");
  });
});

describe("roll-ups, ties and statement counts (fixtures made here)", () => {
  const fixtureIndicator = "fixture.county_counts";
  const fixtureCounties = Array.from({ length: 97 }, (_, n) => String(539000 + n));

  beforeAll(async () => {
    const db = api.database.handle.db;
    const citation = await fixtureCitation(db);
    const indicator = await db.indicator.create({
      data: { code: fixtureIndicator, nameZh: "测试指标", nameEn: "Fixture count", description: "Test fixture only.", unit: "COUNT", additive: true },
    });
    const regionId = async (code: string) => (await db.region.findUniqueOrThrow({ where: { code } })).id;
    const figures: [string, number][] = [
      ["530581", 4],
      ["530502", 6],
      ["530300", 10],
    ];
    for (const [code, value] of figures) {
      await db.reportedFigure.create({
        data: {
          key: `fixture/${code}`,
          indicatorId: indicator.id,
          regionId: await regionId(code),
          qualifier: "EXACT",
          value: BigInt(value),
          statedAs: `${value}个`,
          citationId: citation.id,
        },
      });
    }
    // 97 synthetic county-level regions under Zhaotong, each with a figure, to compare 100 regions with data.
    const zhaotong = await db.region.findUniqueOrThrow({ where: { code: "530600" } });
    await db.region.createMany({
      data: fixtureCounties.map((code, n) => ({
        code,
        nameZh: `测试县${n}`,
        nameEn: `Fixture county ${n}`,
        level: "COUNTY" as const,
        parentId: zhaotong.id,
        path: `${zhaotong.path}${code}/`,
      })),
    });
    const counties = await db.region.findMany({ where: { code: { in: fixtureCounties } } });
    const countyIndicator = await db.indicator.create({
      data: {
        code: "fixture.many_counties",
        nameZh: "测试指标二",
        nameEn: "Fixture count per county",
        description: "Test fixture only.",
        unit: "COUNT",
        additive: true,
      },
    });
    await db.reportedFigure.createMany({
      data: counties.map((county, n) => ({
        key: `fixture/${county.code}`,
        indicatorId: countyIndicator.id,
        regionId: county.id,
        qualifier: "EXACT" as const,
        value: BigInt(n + 1),
        statedAs: `${n + 1}个`,
        citationId: citation.id,
      })),
    });
  });

  it("adds counties where their prefecture reports nothing, and never adds a nested region to the total", async () => {
    const data = await api.query(compare(["530500", "530300", "530000"], `{ label: "fixture", indicatorCode: "${fixtureIndicator}" }`));
    const fixture = cells(data, "fixture");
    expect(fixture["530500"]).toMatchObject({ value: { value: 10 }, levels: ["COUNTY"], rank: 2, tied: true });
    expect(fixture["530300"]).toMatchObject({ value: { value: 10 }, levels: ["PREFECTURE"], rank: 2, tied: true });
    expect(fixture["530000"]).toMatchObject({ value: { value: 20 }, rank: 1, tied: false });
    expect(new Set(fixture["530000"].levels)).toEqual(new Set(["COUNTY", "PREFECTURE"]));
    expect(data.compareRegions.totals[0]).toMatchObject({ value: { value: 20 }, regionsWithData: 1 });
  });

  it("agrees where as many are named as reported, and conflicts only where more are named than reported", async () => {
    const db = api.database.handle.db;
    // The fixture passage made for this file's other figures.
    const citation = await db.citation.findFirstOrThrow({ where: { reportedFigures: { some: { key: { startsWith: "fixture/" } } } } });
    const indicator = await db.indicator.findUniqueOrThrow({ where: { code: "craftsman_studios.established" } });
    // Tengchong reports 2 studios and 2 are named; Changning reports 2 and 3 are named.
    const counties = [
      { code: "530581", named: 2 },
      { code: "530524", named: 3 },
    ];
    for (const { code, named } of counties) {
      const region = await db.region.findUniqueOrThrow({ where: { code } });
      await db.reportedFigure.create({
        data: {
          key: `fixture/studios/${code}`,
          indicatorId: indicator.id,
          regionId: region.id,
          qualifier: "EXACT",
          value: 2n,
          statedAs: "2个",
          citationId: citation.id,
        },
      });
      await db.craftsmanStudio.createMany({
        data: Array.from({ length: named }, (_, n) => ({
          nameZh: `测试工作室${code}-${n}`,
          nameEn: `Fixture studio ${n}`,
          regionId: region.id,
          citationId: citation.id,
        })),
      });
      await db.$transaction((tx) => retally(tx, everyKindIn([region.id])));
    }
    const data = await api.query(
      compare(["530581", "530524"], `{ label: "studios", indicatorCode: "craftsman_studios.established", records: CRAFTSMAN_STUDIOS }`),
    );
    const studios = cells(data, "studios");
    expect(studios["530581"]).toMatchObject({ value: { value: 2 }, reported: { value: 2 }, records: { value: 2 }, basis: "REPORTED_AND_RECORDS" });
    expect(studios["530524"]).toMatchObject({ value: { value: 2 }, reported: { value: 2 }, records: { value: 3 }, basis: "CONFLICTING" });
  });

  it("costs the same number of SQL statements for 3 regions as for 100", async () => {
    const metrics = `{ label: "points", indicatorCode: "demonstration_points.created", records: DEMONSTRATION_POINTS },
      { label: "honours", indicatorCode: "honours.persons", records: HONOURS, honourKind: MODEL_WORKER, honourLevel: CITY, honourStatus: AWARDED },
      { label: "funding", records: FUNDING }, { label: "studios", records: CRAFTSMAN_STUDIOS },
      { label: "competitions", records: SKILL_COMPETITIONS }, { label: "fixture", indicatorCode: "${fixtureIndicator}" },
      { label: "counties", indicatorCode: "fixture.many_counties" }`;
    const few = await api.database.countStatements(() => api.query(compare(["530500", "530300", "530600"], metrics)));
    const many = await api.database.countStatements(() => api.query(compare(["530500", "530300", "530600", ...fixtureCounties], metrics)));
    expect(many.result.compareRegions.rows).toHaveLength(100);
    expect(many.result.compareRegions.rows.filter((row: any) => row.cells.some((cell: any) => cell.value)).length).toBe(100);
    expect(many.statements).toBe(few.statements);
    console.info(`compareRegions statements [${api.database.provider}]: ${few.statements} for 3 regions × 7 metrics, ${many.statements} for 100`);
  });
});
