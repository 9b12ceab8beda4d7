import { describe, expect, it } from "vitest";
import { compareSubjects, type MetricData } from "../../src/aggregation/compare.js";
import { sumQuantities } from "../../src/aggregation/quantity-sum.js";
import { rankDescending } from "../../src/aggregation/ranking.js";
import { type RegionFigure, rollUp } from "../../src/aggregation/roll-up.js";
import { subtreeHolding, subtreeOfPath } from "../../src/db/sql-conditions.js";

const figure = (regionPath: string, value: number, qualifier: "EXACT" | "AT_LEAST" | "AT_MOST" = "EXACT", facet = ""): RegionFigure<string> => ({
  regionPath,
  regionLevel: regionPath.split("/").length === 3 ? "PROVINCE" : regionPath.split("/").length === 4 ? "PREFECTURE" : "COUNTY",
  facet,
  quantity: { qualifier, value },
  source: `${regionPath}:${value}`,
});

const yunnan = "/530000/";
const baoshan = "/530000/530500/";
const tengchong = "/530000/530500/530581/";
const longyang = "/530000/530500/530502/";
const qujing = "/530000/530300/";

describe("sumQuantities keeps what is known", () => {
  it("exact + exact is exact; 'at least' opens the top; 'at most' opens the bottom; ranges add bounds", () => {
    expect(
      sumQuantities([
        { qualifier: "EXACT", value: 2 },
        { qualifier: "EXACT", value: 3 },
      ]),
    ).toEqual({ qualifier: "EXACT", value: 5 });
    expect(
      sumQuantities([
        { qualifier: "EXACT", value: 2 },
        { qualifier: "AT_LEAST", value: 10_000 },
      ]),
    ).toEqual({ qualifier: "AT_LEAST", value: 10_002 });
    expect(
      sumQuantities([
        { qualifier: "AT_MOST", value: 3000 },
        { qualifier: "AT_MOST", value: 1000 },
      ]),
    ).toEqual({ qualifier: "AT_MOST", value: 4000 });
    expect(
      sumQuantities([
        { qualifier: "RANGE", value: 20_000, valueMax: 50_000 },
        { qualifier: "EXACT", value: 1 },
      ]),
    ).toEqual({
      qualifier: "RANGE",
      value: 20_001,
      valueMax: 50_001,
    });
    expect(sumQuantities([])).toBeUndefined();
  });
});

describe("rolling up the region tree never counts twice", () => {
  it("a prefecture's own figure stands for its subtree; its counties' figures are not added to it", () => {
    const figures = [figure(baoshan, 13), figure(tengchong, 5)];
    expect(rollUp(baoshan, figures, true)).toMatchObject({ quantity: { value: 13 }, levels: ["PREFECTURE"], sources: [`${baoshan}:13`] });
    expect(rollUp(yunnan, figures, true)).toMatchObject({ quantity: { value: 13 }, levels: ["PREFECTURE"] });
  });

  it("where a region reports nothing, its children's numbers (own or rolled up) are added, and the result says from which tier", () => {
    const figures = [figure(tengchong, 4), figure(longyang, 6, "AT_LEAST"), figure(qujing, 10)];
    expect(rollUp(baoshan, figures, true)).toMatchObject({ quantity: { qualifier: "AT_LEAST", value: 10 }, levels: ["COUNTY"] });
    const province = rollUp(yunnan, figures, true)!;
    expect(province.quantity).toEqual({ qualifier: "AT_LEAST", value: 20 });
    expect(new Set(province.levels)).toEqual(new Set(["COUNTY", "PREFECTURE"]));
    expect(province.sources).toHaveLength(3);
  });

  it("does not add up ranks or shares, and leaves a region without reports a gap", () => {
    expect(rollUp(baoshan, [figure(tengchong, 6)], false)).toBeUndefined();
    expect(rollUp(qujing, [figure(baoshan, 13)], true)).toBeUndefined();
  });

  it("adds a region's own figures of different facets and keeps one of several reports of the same facet", () => {
    const figures = [figure(baoshan, 2, "EXACT", "national"), figure(baoshan, 9, "EXACT", "provincial"), figure(baoshan, 9, "EXACT", "provincial")];
    expect(rollUp(baoshan, figures, true)!.quantity).toEqual({ qualifier: "EXACT", value: 11 });
  });
});

describe("ranking", () => {
  it("gives ties the same place, skips the places they fill, and leaves gaps unranked", () => {
    expect(rankDescending([13, undefined, 7, 13, 0])).toEqual([
      { rank: 1, tied: true },
      { rank: undefined, tied: false },
      { rank: 3, tied: false },
      { rank: 1, tied: true },
      { rank: 4, tied: false },
    ]);
  });
});

describe("comparison matrix", () => {
  const metric = (figures: RegionFigure<string>[], extra: Partial<MetricData> = {}) =>
    ({ figures: figures.map((f) => ({ ...f, source: 1 })), additive: true, ...extra }) as MetricData;

  it("shows reported and named side by side, a gap for no data, and totals that skip nested regions", () => {
    const regions = [
      { id: 1, path: baoshan },
      { id: 2, path: qujing },
      { id: 3, path: tengchong },
    ];
    const studios = metric([figure(baoshan, 7)], { records: [{ regionPath: tengchong, quantity: { qualifier: "EXACT", value: 0 }, citationIds: [] }] });
    const { rows, totals } = compareSubjects(regions, [studios]);
    expect(rows.map((cells) => [cells[0]!.basis, cells[0]!.value?.value, cells[0]!.records?.value, cells[0]!.rank])).toEqual([
      ["RECORDS_INCOMPLETE", 7, 0, 1],
      ["NO_DATA", undefined, 0, undefined],
      ["NO_DATA", undefined, 0, undefined],
    ]);
    // Tengchong lies inside Baoshan, so the total is Baoshan's 7, not 7 + Tengchong's.
    expect(totals[0]).toMatchObject({ value: { qualifier: "EXACT", value: 7 }, regionsWithData: 1 });
  });

  it("calls fewer named than reported an incomplete list, and only more named than reported a conflict", () => {
    const region = [{ id: 1, path: baoshan }];
    const named = (value: number) => [{ regionPath: baoshan, quantity: { qualifier: "EXACT" as const, value }, citationIds: [] }];
    const basis = (reported: RegionFigure<string>, records: number) =>
      compareSubjects(region, [metric([reported], { records: named(records) })]).rows[0]![0]!.basis;
    expect(basis(figure(baoshan, 7), 0)).toBe("RECORDS_INCOMPLETE");
    expect(basis(figure(baoshan, 7), 6)).toBe("RECORDS_INCOMPLETE");
    expect(basis(figure(baoshan, 7), 7)).toBe("REPORTED_AND_RECORDS");
    expect(basis(figure(baoshan, 2), 3)).toBe("CONFLICTING");
    // "1,000 or more" reported: 1,200 named agree, 999 named are an incomplete list, never a conflict.
    const atLeast = { ...figure(baoshan, 1000), quantity: { qualifier: "AT_LEAST" as const, value: 1000 } };
    expect(basis(atLeast, 1200)).toBe("REPORTED_AND_RECORDS");
    expect(basis(atLeast, 999)).toBe("RECORDS_INCOMPLETE");
    // Two reports of one fact that disagree contradict each other, whatever is named.
    expect(compareSubjects(region, [metric([{ ...figure(baoshan, 7), disputed: true }], { records: named(7) })]).rows[0]![0]!.basis).toBe("CONFLICTING");
    // "at most 5" reported: 6 named contradict it.
    expect(basis({ ...figure(baoshan, 5), quantity: { qualifier: "AT_MOST" as const, value: 5 } }, 6)).toBe("CONFLICTING");
  });

  it("normalises by a denominator only when both numbers are exact", () => {
    const contracts = metric([figure(baoshan, 397)], { denominator: { figures: [{ ...figure(baoshan, 35_646), source: 2 }] as never, scale: 10_000 } });
    const cell = compareSubjects([{ id: 1, path: baoshan }], [contracts]).rows[0]![0]!;
    expect(cell.normalised).toBeCloseTo((397 / 35_646) * 10_000, 6);
    expect(cell.citationIds).toEqual([1, 2]);
  });
});

describe("subtreeHolding", () => {
  it("is the subtree of the compared regions' deepest common ancestor, the root across provinces", () => {
    expect(subtreeHolding(["/530000/530500/530502/", "/530000/530500/530524/"])).toEqual(subtreeOfPath("/530000/530500/"));
    expect(subtreeHolding(["/530000/530500/", "/530000/530300/", "/530000/"])).toEqual(subtreeOfPath("/530000/"));
    expect(subtreeHolding(["/530000/530500/", "/320000/320100/"])).toEqual({ path: { gte: "/", lt: "0" } });
    expect(subtreeHolding(["/530000/530500/"])).toEqual(subtreeOfPath("/530000/530500/"));
  });
});
