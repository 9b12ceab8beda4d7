import { describe, expect, it } from "vitest";
import { compact } from "../../../src/provenance/excerpt.js";
import { ByKindAndKey } from "../../../src/records/keyed-records.js";
import { checkArticle, type DeclaredKeys } from "../../../src/records/record-checks.js";
import type { ArticleRecords } from "../../../src/records/record-shapes.js";
import { KeySet } from "../../../src/records/references.js";

// The checks every article's data passes (seed files, imports, mutations alike), on tiny data in
// the article-file shape. The text is made up for these tests, in the newsletters' style.

type Figure = ArticleRecords["figures"][number];

const article = { key: "test/record-checks", titleZh: "测试文章" };
/** The article's text as callers pass it: without whitespace, as excerpts are stored. */
const articleText = compact(`
  保山市总工会组织开展宣讲活动，到机关、企业开展宣讲65场次。
  全市共培训职工1万余人，评选保山工匠15名。
  对获评工匠每月发放津贴不高于3000元。
`);

const known = () => new KeySet().add("region", "530500").add("indicator", "propaganda.sessions").add("indicator", "training.certificate_trainees");

const figure = (overrides: Partial<Figure> = {}): Figure => ({
  key: "test/record-checks/sessions",
  indicator: "propaganda.sessions",
  region: "530500",
  statedAs: "65场次",
  qualifier: "EXACT",
  value: 65,
  excerpt: "到机关、企业开展宣讲65场次。",
  ...overrides,
});

const trainees = (overrides: Partial<Figure> = {}) =>
  figure({
    key: "test/record-checks/trainees",
    indicator: "training.certificate_trainees",
    statedAs: "1万余人",
    excerpt: "全市共培训职工1万余人",
    ...overrides,
  });

const organisation = (nameZh: string, excerpt = "保山市总工会组织开展宣讲活动") =>
  ({ nameZh, nameEn: "Test organisation", kind: "TRADE_UNION", region: "530500", excerpt }) as const;

const check = (records: Partial<ArticleRecords>, keys = known(), declaredAt?: DeclaredKeys) =>
  checkArticle("test.json", article, records, keys, articleText, declaredAt);

describe("checkArticle", () => {
  it("passes records whose excerpts, numbers and references are all in order", () => {
    expect(check({ figures: [figure(), trainees({ qualifier: "AT_LEAST", value: 10_000 })] })).toEqual([]);
  });

  it("finds an excerpt that is not in the article, at the record's excerpt", () => {
    const problems = check({ figures: [figure(), figure({ key: "test/record-checks/other", excerpt: "到学校开展宣讲65场次。" })] });
    expect(problems).toEqual([{ path: ["figures", 1, "excerpt"], message: 'not found in article "测试文章" (whitespace ignored)' }]);
  });

  it("ignores whitespace in excerpts", () => {
    expect(check({ figures: [figure({ excerpt: "到机关、企业\n  开展宣讲 65 场次。" })] })).toEqual([]);
  });

  it("finds a stated quantity that is not in the excerpt, at statedAs", () => {
    const problems = check({ figures: [figure({ statedAs: "66场次", value: 66 })] });
    expect(problems).toEqual([{ path: ["figures", 0, "statedAs"], message: '"66场次" is not in the excerpt' }]);
  });

  it('reads "1万余人" as at least 10000, and refuses it as exactly 10000, at value', () => {
    expect(check({ figures: [trainees({ qualifier: "AT_LEAST", value: 10_000 })] })).toEqual([]);
    expect(check({ figures: [trainees({ qualifier: "EXACT", value: 10_000 })] })).toEqual([
      { path: ["figures", 0, "value"], message: 'EXACT 10000 does not match the stated "1万余人"' },
    ]);
    expect(check({ figures: [trainees({ qualifier: "AT_LEAST", value: 1 })] })).toEqual([
      { path: ["figures", 0, "value"], message: 'AT_LEAST 1 does not match the stated "1万余人"' },
    ]);
  });

  it("checks the stated amount of a record that keeps it in `amount`", () => {
    type Rule = ArticleRecords["rewardRules"][number];
    const rule = (amount: NonNullable<Rule["amount"]>): Rule => ({
      key: "test/record-checks/allowance",
      kind: "MONTHLY_ALLOWANCE",
      grantor: "保山市总工会",
      conditionZh: "获评工匠",
      conditionEn: "Named a craftsman",
      amount,
      excerpt: "对获评工匠每月发放津贴不高于3000元。",
    });
    const keys = known().add("organisation", "保山市总工会");
    expect(check({ rewardRules: [rule({ statedAs: "不高于3000元", qualifier: "AT_MOST", value: 3000, unit: "CNY_PER_MONTH" })] }, keys)).toEqual([]);
    const problems = check({ rewardRules: [rule({ statedAs: "不高于3000元", qualifier: "EXACT", value: 3000, unit: "CNY_PER_MONTH" })] }, keys);
    expect(problems.map(({ message }) => message)).toEqual(['EXACT 3000 does not match the stated "不高于3000元"']);
    // Reported where the value is: amount.value, not a value field the record does not have.
    expect(problems[0]!.path).toEqual(["rewardRules", 0, "amount", "value"]);
    const notStated = check({ rewardRules: [rule({ statedAs: "不高于5000元", qualifier: "AT_MOST", value: 5000, unit: "CNY_PER_MONTH" })] }, keys);
    expect(notStated.map(({ message }) => message)).toEqual(['"不高于5000元" is not in the excerpt']);
    expect(notStated[0]!.path).toEqual(["rewardRules", 0, "amount", "statedAs"]);
  });

  it("names the kind of an unknown reference, at its field", () => {
    const problems = check({ figures: [figure({ region: undefined, organisation: "不存在的单位" })] });
    expect(problems).toEqual([{ path: ["figures", 0, "organisation"], message: 'unknown organisation "不存在的单位"' }]);
    expect(check({ figures: [figure({ region: "530300" })] })).toEqual([{ path: ["figures", 0, "region"], message: 'unknown region code "530300"' }]);
  });

  it("resolves references to records declared in the same data once they are known", () => {
    const records = { organisations: [organisation("测试工会")], figures: [figure({ region: undefined, organisation: "测试工会" })] };
    expect(check(records, known().addDeclared(records))).toEqual([]);
  });

  it("checks the article's own references", () => {
    const problems = checkArticle("test.json", { ...article, authorOrganisation: "不存在的单位", authors: [] }, {}, known(), articleText);
    expect(problems).toEqual([{ path: ["article", "authorOrganisation"], message: 'unknown organisation "不存在的单位"' }]);
  });

  it("refuses the same key declared in two collections: keys are unique across kinds", () => {
    const grant = {
      key: "test/record-checks/sessions",
      region: "530500",
      purpose: "CRAFTSMAN_STUDIOS",
      descriptionZh: "测试",
      descriptionEn: "Test",
      statedAs: "65场次",
      qualifier: "EXACT",
      value: 65,
      excerpt: "到机关、企业开展宣讲65场次。",
    } as const;
    expect(check({ figures: [figure()], funding: [grant] })).toEqual([
      { path: ["funding", 0, "key"], message: 'key "test/record-checks/sessions" is already declared at test.json: figures.0.key' },
    ]);
  });

  it("lets an organisation and a skill competition share a name: names are unique within their own kind", () => {
    const competition = {
      nameZh: "保山市总工会",
      nameEn: "Test competition",
      year: 2020,
      status: "HELD",
      organiser: "保山市总工会",
      excerpt: "保山市总工会",
    } as const;
    const records = { organisations: [organisation("保山市总工会")], skillCompetitions: [competition] };
    expect(check(records, known().addDeclared(records))).toEqual([]);
  });

  it("refuses the same name twice among organisations", () => {
    const records = { organisations: [organisation("保山市总工会"), organisation("保山市总工会")] };
    expect(check(records, known().addDeclared(records))).toEqual([
      { path: ["organisations", 1, "nameZh"], message: 'organisations "保山市总工会" is already declared at test.json: organisations.0.nameZh' },
    ]);
  });

  it("refuses a key declared in another file checked together, and the same article twice", () => {
    const declaredAt: DeclaredKeys = new ByKindAndKey();
    expect(check({ figures: [figure()] }, known(), declaredAt)).toEqual([]);
    expect(checkArticle("other.json", article, { figures: [figure()] }, known(), articleText, declaredAt)).toEqual([
      { path: ["article", "key"], message: 'article "test/record-checks" is already declared at test.json: article.key' },
      { path: ["figures", 0, "key"], message: 'key "test/record-checks/sessions" is already declared at test.json: figures.0.key' },
    ]);
  });

  it("reports every problem of a record, not only the first", () => {
    const problems = check({ figures: [figure({ region: "530300", statedAs: "66场次", excerpt: "不在文章里" })] });
    expect(problems.map(({ path }) => path.join("."))).toEqual(["figures.0.excerpt", "figures.0.statedAs", "figures.0.value", "figures.0.region"]);
  });
});
