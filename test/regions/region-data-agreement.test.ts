import { describe, expect, it } from "vitest";
import { countedRecords, honourIndicatorRecipients, type TallyKind, talliedKinds, tallyKinds } from "../../src/records/kind-catalogue.js";
import { useSeededApi } from "../helpers/seeded-api.js";

// One definition of a region's data (src/read/region-data.ts), seen the same way by every read
// path: for every seeded figure and every region it lies in, reportedFigures(filter: { regionCode }),
// Region.reportedFigures and compareRegions agree; for every kind of named record and every region,
// compareRegions and Region.aggregates count what the database holds in the subtree.

const api = useSeededApi();

const namedRecordFields: Partial<Record<TallyKind, string>> = {
  CRAFTSMAN_STUDIOS: "craftsmanStudios",
  DEMONSTRATION_POINTS: "demonstrationPoints",
  INNOVATION_PROJECTS: "innovationProjects",
  SKILL_COMPETITIONS: "skillCompetitions",
  SERVICE_FACILITIES: "serviceFacilities",
};

describe(`a region's data, on every read path (${process.env.TEST_DATABASE_PROVIDER ?? "sqlite"})`, () => {
  it("lists, for every seeded figure, the same figures in reportedFigures(filter: { regionCode }) and Region.reportedFigures", async () => {
    const db = api.database.handle.db;
    const figures = await db.reportedFigure.findMany({
      where: { retiredAt: null },
      include: { region: true, organisation: { include: { region: true } }, indicator: true, citation: true, honourTitle: true },
    });
    const subjectPath = (figure: (typeof figures)[number]) => figure.region?.path ?? figure.organisation?.region?.path;
    // Every region some figure lies in, and every division above it.
    const paths = new Set(figures.flatMap((figure) => subjectPath(figure)?.split("/").filter(Boolean) ?? []));
    const regions = await db.region.findMany({ where: { code: { in: [...paths] } } });
    expect(regions.length).toBeGreaterThanOrEqual(9);
    for (const region of regions) {
      const expected = figures.filter((figure) => subjectPath(figure)?.startsWith(region.path)).map((figure) => figure.key);
      const data = await api.query(`{
        listed: reportedFigures(first: 100, filter: { regionCode: "${region.code}" }) { totalCount nodes { key } }
        region(code: "${region.code}") { reportedFigures(first: 100) { totalCount nodes { key } } }
      }`);
      expect(data.listed.totalCount, region.code).toBeLessThanOrEqual(100);
      expect(data.listed.nodes.map((node: any) => node.key).sort(), region.code).toEqual(expected.sort());
      expect(data.region.reportedFigures.nodes.map((node: any) => node.key).sort(), region.code).toEqual(expected.sort());
      expect(data.region.reportedFigures.totalCount).toBe(expected.length);
    }
    console.info(`region data agreement: ${figures.length} figures × ${regions.length} regions listed alike by both paths`);
  });

  it("counts every seeded figure in compareRegions of the region it lies in, by the roll-up rules, naming the organisation it is about", async () => {
    const db = api.database.handle.db;
    const figures = await db.reportedFigure.findMany({
      where: { retiredAt: null },
      include: { region: true, organisation: { include: { region: true } }, indicator: true, citation: true, honourTitle: true },
    });
    let counted = 0;
    let standingBehindOwn = 0;
    for (const figure of figures) {
      const region = figure.region ?? figure.organisation?.region;
      if (!region) continue;
      const honours = figure.indicator.code in honourIndicatorRecipients;
      const metric = `{ label: "m", indicatorCode: "${figure.indicator.code}"${
        honours && figure.honourTitle ? `, honourTitle: "${figure.honourTitle.nameZh}", honourStatus: ${figure.honourStatus}` : ""
      } }`;
      const data = await api.query(`{ compareRegions(regionCodes: ["${region.code}"], metrics: [${metric}]) {
        rows { cells { value { value } organisations(first: 100) { nameZh } organisationCount sources(first: 100) { excerpt } } } } }`);
      const cell = data.compareRegions.rows[0].cells[0];
      // A division's own figure stands for everything in it; an organisation's counts where its division reports none.
      const ownOfDivision = figures.some(
        (other) =>
          other.regionId === region.id &&
          other.indicatorId === figure.indicatorId &&
          other.honourTitleId === figure.honourTitleId &&
          other.honourStatus === figure.honourStatus,
      );
      const expectedCounted = figure.regionId !== null || (figure.indicator.additive && !ownOfDivision);
      const excerpts = cell.sources.map((source: any) => source.excerpt);
      expect(excerpts.includes(figure.citation.excerpt), `${figure.key} in ${region.code}`).toBe(expectedCounted);
      if (figure.organisation && expectedCounted) {
        expect(
          cell.organisations.map((o: any) => o.nameZh),
          figure.key,
        ).toContain(figure.organisation.nameZh);
      }
      if (expectedCounted) counted++;
      else standingBehindOwn++;
    }
    expect(counted).toBeGreaterThanOrEqual(29);
    console.info(
      `region data agreement: ${counted} figures counted in their region's comparison cell, ${standingBehindOwn} stood for by their division's own figure`,
    );
  });

  it("counts every kind of named record in the subtree alike in compareRegions, Region.aggregates and the database", async () => {
    const db = api.database.handle.db;
    // Every region holding a tallied record, and every division above it.
    const holding = await db.region.findMany({ where: { id: { in: (await db.recordTally.findMany({ select: { regionId: true } })).map((t) => t.regionId) } } });
    const regions = await db.region.findMany({ where: { code: { in: [...new Set(holding.flatMap((region) => region.path.split("/").filter(Boolean)))] } } });
    expect(regions.length).toBeGreaterThanOrEqual(5);
    const honourGroups = await db.honour.findMany({
      where: { retiredAt: null },
      select: { status: true, honourTitle: { select: { kind: true } } },
      distinct: ["status", "honourTitleId"],
    });
    const honourMetrics = [...new Set(honourGroups.map((group) => `${group.honourTitle.kind}:${group.status}`))].map((pair) => pair.split(":"));
    const kinds = tallyKinds.filter((kind) => kind !== "HONOURS" && kind !== "FUNDING");
    const metrics = [
      ...kinds.map((kind) => `{ label: "${kind}", records: ${kind} }`),
      ...honourMetrics.map(([kind, status]) => `{ label: "${kind} ${status}", records: HONOURS, honourKind: ${kind}, honourStatus: ${status} }`),
    ];
    const data = await api.query(`{
      compareRegions(regionCodes: ${JSON.stringify(regions.map((r) => r.code))}, metrics: [${metrics.join(", ")}]) { rows { region { code } cells { metric records { value } } } }
      ${regions.map((r, i) => `r${i}: region(code: "${r.code}") { aggregates { namedRecords { craftsmanStudios demonstrationPoints innovationProjects skillCompetitions serviceFacilities } } }`).join("\n")}
    }`);
    let checked = 0;
    for (const [index, region] of regions.entries()) {
      const row = data.compareRegions.rows[index];
      const inSubtree = { region: { path: { startsWith: region.path } } };
      for (const kind of kinds) {
        const stored = await (db as any)[talliedKinds[kind].model].count({ where: { ...inSubtree, ...countedRecords(kind) } });
        expect(row.cells.find((cell: any) => cell.metric === kind).records.value, `${kind} in ${region.code}`).toBe(stored);
        expect(data[`r${index}`].aggregates.namedRecords[namedRecordFields[kind]!], `${kind} in ${region.code}`).toBe(stored);
        checked++;
      }
      for (const [kind, status] of honourMetrics) {
        const stored = await db.honour.count({
          where: { ...inSubtree, ...countedRecords("HONOURS"), status: status as any, honourTitle: { kind: kind as any } },
        });
        expect(row.cells.find((cell: any) => cell.metric === `${kind} ${status}`).records.value, `${kind} ${status} in ${region.code}`).toBe(stored);
        checked++;
      }
    }
    console.info(
      `region data agreement: ${checked} record counts (${kinds.length + honourMetrics.length} kinds × ${regions.length} regions) alike on every path`,
    );
  });
});
