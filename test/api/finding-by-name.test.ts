import { describe, expect, it } from "vitest";
import { viewerOf } from "../../src/auth/viewer.js";
import { pinyinSortKey, searchText } from "../../src/records/name-keys.js";
import { fillEmptyNameKeys } from "../../src/store/name-keys-backfill.js";
import { onlyError } from "../helpers/graphql.js";
import { useSeededApi } from "../helpers/seeded-api.js";
import { regionCodes } from "../helpers/tokens.js";

// Finding things as a reader names them: short names, 《》, spaces, pinyin, English; lists in
// pinyin order on both databases; a name that finds nothing says what was searched and what is
// closest. Through GraphQL on the real seed data.

const api = useSeededApi();
const provider = process.env.TEST_DATABASE_PROVIDER ?? "sqlite";

/** The 16 prefecture-level divisions of Yunnan in the order of a Chinese dictionary. */
const yunnanInPinyinOrder = [
  "保山市",
  "楚雄彝族自治州",
  "大理白族自治州",
  "德宏傣族景颇族自治州",
  "迪庆藏族自治州",
  "红河哈尼族彝族自治州",
  "昆明市",
  "丽江市",
  "临沧市",
  "怒江傈僳族自治州",
  "普洱市",
  "曲靖市",
  "文山壮族苗族自治州",
  "西双版纳傣族自治州",
  "玉溪市",
  "昭通市",
];

describe(`finding things by name (${provider})`, () => {
  it("resolves a short name, a name with spaces, and a title in 《》 to the record they name", async () => {
    const data = await api.query(`{
      short: organisation(nameZh: "水富云天化") { nameZh }
      spaced: organisation(nameZh: " 保山市 总工会 ") { nameZh }
      fullWidthSpace: organisation(nameZh: "江苏交控\u3000大学") { nameZh }
      marked: policyDocument(titleZh: "《技能鉴定考核题库》") { titleZh }
      exact: policyDocument(titleZh: "技能鉴定考核题库") { titleZh }
      title: honourTitle(nameZh: "“江苏省高级技师岗位技能提升培训点”") { nameZh }
    }`);
    expect(data.short.nameZh).toBe("云南水富云天化有限公司");
    expect(data.spaced.nameZh).toBe("保山市总工会");
    expect(data.fullWidthSpace.nameZh).toBe("江苏交控大学（党校）");
    expect(data.marked.titleZh).toBe("技能鉴定考核题库");
    expect(data.exact.titleZh).toBe("技能鉴定考核题库");
    expect(data.title.nameZh).toBe("江苏省高级技师岗位技能提升培训点");
  });

  it("resolves short names in filters and comparisons too", async () => {
    const data = await api.query(`{
      organisations(first: 20, filter: { parentNameZh: "江苏交控" }) { totalCount nodes { nameZh } }
      compareOrganisations(organisationNames: ["水富云天化"], metrics: [{ label: "competitions", records: SKILL_COMPETITIONS }]) {
        rows { organisation { nameZh } }
      }
    }`);
    expect(data.organisations.totalCount).toBe(5);
    expect(data.organisations.nodes.map((node: any) => node.nameZh)).toContain("宁沪高速");
    expect(data.compareOrganisations.rows[0].organisation.nameZh).toBe("云南水富云天化有限公司");
  });

  it("answers a name that is none with NOT_FOUND naming the search and the closest names", async () => {
    const missing = onlyError(await api.run(`{ organisation(nameZh: "保山总工会") { nameZh } }`));
    expect(missing.extensions?.code).toBe("NOT_FOUND");
    expect(missing.message).toContain(`"保山总工会"`);
    expect(missing.message).toContain("保山市总工会");
    expect(missing.extensions?.searched).toBe("保山总工会");
    expect((missing.extensions?.suggestions as string[] | undefined)?.[0]).toBe("保山市总工会");

    const document = onlyError(await api.run(`{ policyDocument(titleZh: "《清障岗位技能鉴定规范》") { titleZh } }`));
    expect(document.extensions?.code).toBe("NOT_FOUND");
    expect(document.extensions?.suggestions).toContain("清障岗位技能鉴定评价规范（讨论稿）");

    const filter = onlyError(await api.run(`{ organisations(filter: { parentNameZh: "江苏交通" }) { totalCount } }`));
    expect(filter.extensions).toMatchObject({ code: "NOT_FOUND", argument: "filter.parentNameZh", searched: "江苏交通" });
    expect(filter.extensions?.suggestions).toContain("江苏交通控股有限公司");

    // Nothing alike at all: NOT_FOUND with no suggestion rather than a random one.
    const nothing = onlyError(await api.run(`{ skillCompetition(nameZh: "Zzqx") { nameZh } }`));
    expect(nothing.extensions).toMatchObject({ code: "NOT_FOUND", suggestions: [] });
  });

  it("searches every name of organisations, documents, titles, persons, competitions and regions", async () => {
    const data = await api.query(`{
      byPart: organisations(first: 50, filter: { search: "云天化" }) { totalCount nodes { nameZh } }
      byPinyin: organisations(first: 50, filter: { search: "BaoShan" }) { nodes { nameZh } }
      byEnglish: organisations(first: 50, filter: { search: "trade  union" }) { totalCount nodes { nameEn } }
      documents: policyDocuments(first: 50, filter: { search: "《岗位培训教材" }) { totalCount nodes { titleZh } }
      titles: honourTitles(first: 50, filter: { search: "劳动模范" }) { totalCount nodes { nameZh } }
      competitions: skillCompetitions(first: 50, filter: { search: "竞赛" }) { totalCount nodes { nameZh } }
      regions: regions(first: 50, filter: { search: "保山" }) { nodes { code } }
    }`);
    expect(data.byPart.nodes.map((node: any) => node.nameZh).sort()).toEqual(["云南水富云天化有限公司", "云天化集团"].sort());
    expect(data.byPinyin.nodes.map((node: any) => node.nameZh)).toContain("保山市总工会");
    expect(data.byEnglish.totalCount).toBeGreaterThan(2);
    for (const node of data.byEnglish.nodes) expect(node.nameEn.toLowerCase()).toMatch(/trade\s*union/);
    expect(data.documents.nodes.map((node: any) => node.titleZh).sort()).toEqual(["岗位培训教材之1~5级专业知识", "岗位培训教材之基础知识"]);
    expect(data.titles.totalCount).toBeGreaterThan(0);
    for (const node of data.titles.nodes) expect(node.nameZh).toContain("劳动模范");
    for (const node of data.competitions.nodes) expect(node.nameZh).toContain("竞赛");
    expect(data.regions.nodes.map((node: any) => node.code)).toContain("530500");

    const persons = await api.query(`{ persons(first: 100) { nodes { nameZh } } }`);
    const someone = persons.persons.nodes[0].nameZh as string;
    const found = await api.query(`query($search: String) { persons(first: 100, filter: { search: $search }) { nodes { nameZh } } }`, {
      search: someone.slice(0, 2),
    });
    expect(found.persons.nodes.map((node: any) => node.nameZh)).toContain(someone);
  });

  it("refuses searches that can mean nothing, and treats LIKE's wildcards as text", async () => {
    for (const [search, code] of [
      ["", "BAD_USER_INPUT"],
      ["  《》 ", "BAD_USER_INPUT"],
      ["%", "BAD_USER_INPUT"],
      ["保山\u200b", "BAD_USER_INPUT"],
      ["保".repeat(201), "BAD_USER_INPUT"],
      ["x".repeat(100_000), "BAD_USER_INPUT"],
    ] as const) {
      const error = onlyError(await api.run(`query($search: String) { organisations(filter: { search: $search }) { totalCount } }`, { search }));
      expect(error.extensions, JSON.stringify(search.slice(0, 20))).toMatchObject({ code, argument: "filter.search" });
    }
    // A wildcard inside text is no pattern: "保%会" is searched as 保会, which no name holds.
    const data = await api.query(`{ organisations(filter: { search: "保%会" }) { totalCount } all: organisations { totalCount } }`);
    expect(data.organisations.totalCount).toBe(0);
    expect(data.all.totalCount).toBeGreaterThan(0);
    // A 100,000-character name lookup is NOT_FOUND, quickly and without suggestions.
    const huge = onlyError(await api.run(`query($name: String!) { organisation(nameZh: $name) { nameZh } }`, { name: "保".repeat(100_000) }));
    expect(huge.extensions).toMatchObject({ code: "NOT_FOUND", suggestions: [] });
  });

  it("sorts names in pinyin order, paging through it alike on both databases", async () => {
    const byName = await api.query(`{
      asc: regions(first: 20, filter: { parentCode: "530000" }, orderBy: { field: NAME_ZH }) { nodes { nameZh } }
      desc: regions(first: 20, filter: { parentCode: "530000" }, orderBy: { field: NAME_ZH, direction: DESC }) { nodes { nameZh } }
    }`);
    expect(byName.asc.nodes.map((node: any) => node.nameZh)).toEqual(yunnanInPinyinOrder);
    expect(byName.desc.nodes.map((node: any) => node.nameZh)).toEqual([...yunnanInPinyinOrder].reverse());

    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await api.query(
        `query($after: String) { regions(first: 5, after: $after, filter: { parentCode: "530000" }, orderBy: { field: NAME_ZH }) {
          pageInfo { hasNextPage endCursor } nodes { nameZh } } }`,
        { after },
      );
      paged.push(...page.regions.nodes.map((node: any) => node.nameZh));
      after = page.regions.pageInfo.hasNextPage ? page.regions.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual(yunnanInPinyinOrder);

    const provinces = await api.query(`{ regions(first: 3, filter: { level: PROVINCE }, orderBy: { field: NAME_ZH }) { nodes { nameZh } } }`);
    expect(provinces.regions.nodes.map((node: any) => node.nameZh)).toEqual(["安徽省", "北京市", "重庆市"]);
    const organisations = await api.query(`{ organisations(first: 100, orderBy: { field: NAME_ZH }) { nodes { nameZh } } }`);
    const names = organisations.organisations.nodes.map((node: any) => node.nameZh as string);
    expect(names.indexOf("保山市总工会")).toBeLessThan(names.indexOf("江苏交通控股有限公司"));
    expect(names.indexOf("江苏交通控股有限公司")).toBeLessThan(names.indexOf("云南水富云天化有限公司"));
    // Place names pinyin-pro misreads are read right in divisions' names only.
    expect(pinyinSortKey("黄陂区", { division: true })).toBe("huang2pi2qu1");
    expect(pinyinSortKey("乐清市", { division: true })).toBe("yue4qing1shi4");
    expect(pinyinSortKey("快乐清洁服务公司")).toMatch(/^kuai4le4qing1jie2/);
    expect(searchText("江苏交控大学（党校）", [])).toContain("jiangsujiaokongdaxuedangxiao");
    // The database orders by the stored key exactly as JavaScript compares it (no collation of its own).
    const keys = names.map((name: string) => pinyinSortKey(name));
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it("refuses a write that gives a record a name another record already goes by, so no editor takes over or blocks a lookup", async () => {
    const editor = viewerOf("editor", "editor-baoshan", regionCodes.baoshan);
    const excerpt = "保山市总工会开展名称测试工作。";
    const article = {
      key: "test/names/article",
      sourceDocument: "000_2dc913a942106495",
      ordinal: 951,
      section: "NEWS_BRIEFS",
      titleZh: "名称测试",
      titleEn: "Names test",
    };
    const importing = (organisations: object[]) =>
      api.run(
        `mutation($report: JSONObject!) { importReport(input: { report: $report }) {
          __typename ... on MutationError { code message } ... on MutationImportReportSuccess { data { created } } } }`,
        {
          report: {
            article,
            articleText: `名称测试。${excerpt}`,
            organisations: organisations.map((o) => ({ kind: "TRADE_UNION", region: regionCodes.baoshan, excerpt, ...o })),
          },
        },
        editor,
      );
    for (const organisation of [
      { nameZh: "江苏交控", nameEn: "Takes over a short name" },
      { nameZh: "保山测试公司", nameEn: "Shares a short name", shortNameZh: "水富云天化" },
      { nameZh: "保山市 总工会 ", nameEn: "Spaced copy" },
      { nameZh: "《保山市总工会》", nameEn: "Marked copy" },
    ]) {
      const result = await importing([organisation]);
      expect(result.data.importReport, organisation.nameEn).toMatchObject({ code: "BAD_USER_INPUT" });
      expect(result.data.importReport.message).toMatch(/is already a name of the organisation/);
    }
    // Nothing was written: the lookups answer as before.
    const data = await api.query(`{ a: organisation(nameZh: "江苏交控") { nameZh } b: organisation(nameZh: "水富云天化") { nameZh } }`);
    expect([data.a.nameZh, data.b.nameZh]).toEqual(["江苏交通控股有限公司", "云南水富云天化有限公司"]);
    // A name of its own is written.
    const own = await importing([{ nameZh: "保山市名称测试工会", nameEn: "Names test union", shortNameZh: "名称测试工会" }]);
    expect(own.data.importReport.__typename).toBe("MutationImportReportSuccess");
    expect((await api.query(`{ organisation(nameZh: "名称测试工会") { nameZh } }`)).organisation.nameZh).toBe("保山市名称测试工会");
  });

  it("looks each name up once per request, and searches for the closest names for a few misses only", async () => {
    const unknown = Array.from({ length: 30 }, (_, index) => `u${index}: organisation(nameZh: "不存在的单位${index}") { nameZh }`);
    // The first miss nulls the whole answer; the other lookups still run after it is sent, so the count waits for them.
    const settled = async <T>(work: Promise<T>) => {
      const result = await work;
      await new Promise((resolve) => setTimeout(resolve, 500));
      return result;
    };
    const distinct = await api.database.countStatements(() => settled(api.run(`{ ${unknown.join("\n")} }`)));
    for (const error of distinct.result.errors ?? []) expect(error.extensions?.code).toBe("NOT_FOUND");
    // 30 exact lookups, 30 by any name, and the closest names of the first 5 misses (2 statements each).
    expect(distinct.statements).toBeLessThanOrEqual(30 + 30 + 5 * 2);
    // A short name given 30 times costs what the full name does, but for finding it once (2 statements).
    const repeated = (name: string) => Array.from({ length: 30 }, (_, index) => `r${index}: organisations(filter: { parentNameZh: "${name}" }) { totalCount }`);
    const byShortName = await api.database.countStatements(() => api.run(`{ ${repeated("江苏交控").join("\n")} }`));
    const byFullName = await api.database.countStatements(() => api.run(`{ ${repeated("江苏交通控股有限公司").join("\n")} }`));
    expect(byShortName.result.errors).toBeUndefined();
    expect(byShortName.result.data).toEqual(byFullName.result.data);
    expect(byShortName.statements).toBeLessThanOrEqual(byFullName.statements + 2);
  });

  it("answers a name several records go by with BAD_USER_INPUT listing them", async () => {
    const db = api.database.handle.db;
    const shuifu = await db.organisation.findUniqueOrThrow({ where: { nameZh: "云南水富云天化有限公司" } });
    // A second organisation with the same short name, as another article might record it.
    await db.organisation.create({
      data: {
        nameZh: "水富云天化工会",
        nameEn: "Shuifu Yuntianhua trade union",
        shortNameZh: "水富云天化",
        kind: "TRADE_UNION",
        citationId: shuifu.citationId,
      },
    });
    await fillEmptyNameKeys(api.database.handle);
    const error = onlyError(await api.run(`{ organisation(nameZh: "水富云天化") { nameZh } }`));
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "nameZh" });
    expect([...((error.extensions?.candidates as string[] | undefined) ?? [])].sort()).toEqual(["云南水富云天化有限公司", "水富云天化工会"]);
    // The full names still name one each.
    const data = await api.query(`{ a: organisation(nameZh: "水富云天化工会") { nameZh } b: organisation(nameZh: "云南水富云天化有限公司") { nameZh } }`);
    expect([data.a.nameZh, data.b.nameZh]).toEqual(["水富云天化工会", "云南水富云天化有限公司"]);
  });

  it("fills the keys of names stored before keys existed exactly as the write path writes them", async () => {
    const db = api.database.handle.db;
    const written = await db.organisation.findMany({ select: { id: true, sortKey: true, searchText: true }, orderBy: { id: "asc" } });
    const writtenRegions = await db.region.findMany({
      where: { code: { startsWith: "53" } },
      select: { id: true, sortKey: true, searchText: true },
      orderBy: { id: "asc" },
    });
    expect(written.every((row) => row.sortKey !== "" && row.searchText !== "")).toBe(true);
    // As migration 20261202220000 leaves rows stored before it.
    await db.organisation.updateMany({ data: { sortKey: "", searchText: "" } });
    await db.region.updateMany({ where: { code: { startsWith: "53" } }, data: { sortKey: "", searchText: "" } });
    const filled = await fillEmptyNameKeys(api.database.handle);
    expect(filled.organisation).toBe(written.length);
    expect(filled.region).toBe(writtenRegions.length);
    expect(await db.organisation.findMany({ select: { id: true, sortKey: true, searchText: true }, orderBy: { id: "asc" } })).toEqual(written);
    expect(
      await db.region.findMany({ where: { code: { startsWith: "53" } }, select: { id: true, sortKey: true, searchText: true }, orderBy: { id: "asc" } }),
    ).toEqual(writtenRegions);
    expect(Object.values(await fillEmptyNameKeys(api.database.handle)).every((count) => count === 0)).toBe(true);
  });
});
