import { describe, expect, it } from "vitest";
import { articleKeys, expectSource, sourceFields, useSeededApi } from "../helpers/seeded-api.js";

// Article 2: 曲靖市总工会出台3项制度 进一步规范技能竞赛鼓励支持职工创新创效 (Qujing federation of trade unions).
const api = useSeededApi();
const article = articleKeys.qujing;

describe("Qujing (曲靖市, 530300)", () => {
  it("pays a skill-competition champion at most 3000 CNY and names them 技术状元", async () => {
    const data = await api.query(`{
      rewardRules(filter: { grantorNameZh: "曲靖市总工会", rank: 1, kind: COMPETITION_PLACING }) {
        nodes { key rankFrom rankTo honourTitle { nameZh kind conferrers { nameZh } } amount { qualifier value unit statedAs } ${sourceFields} }
      }
    }`);
    const paid = data.rewardRules.nodes.filter((rule: any) => rule.amount);
    expect(paid).toHaveLength(1);
    const [champion] = paid;
    expect(champion.amount).toEqual({ qualifier: "AT_MOST", value: 3000, unit: "CNY", statedAs: "不高于3000元" });
    expect(champion.honourTitle.nameZh).toBe("曲靖市***工种技术状元");
    expect(champion.honourTitle.conferrers.map((c: any) => c.nameZh)).toEqual(["曲靖市总工会", "曲靖市人力资源和社会保障局"]);
    expectSource(champion.source, article, "不高于3000元");
  });

  it("gives places 2 to 10 the 技术能手 title and at most 1000 CNY", async () => {
    const data = await api.query(`{
      rewardRules(filter: { rank: 7, kind: COMPETITION_PLACING }) { nodes { rankFrom rankTo honourTitle { nameZh } amount { qualifier value } } }
    }`);
    expect(data.rewardRules.nodes).toContainEqual({
      rankFrom: 2,
      rankTo: 10,
      honourTitle: { nameZh: "曲靖市***工种技术能手" },
      amount: { qualifier: "AT_MOST", value: 1000 },
    });
  });

  it("grants innovation projects 20,000 to 50,000 CNY, a range", async () => {
    const data = await api.query(
      `{ rewardRules(filter: { kind: INNOVATION_PROJECT_GRANT }) { nodes { amount { qualifier value valueMax statedAs } policyDocument { titleZh } ${sourceFields} } } }`,
    );
    const [grant] = data.rewardRules.nodes;
    expect(grant.amount).toEqual({ qualifier: "RANGE", value: 20_000, valueMax: 50_000, statedAs: "2-5万元" });
    expect(grant.policyDocument.titleZh).toBe("曲靖市职工创新项目补助资金管理实施意见（试行）");
    expectSource(grant.source, article, "职工创新项目奖励2-5万元");
  });

  it("awards innovation prizes every two years: 30,000 / 20,000 / 10,000 / 3,000 CNY by grade", async () => {
    const data = await api.query(`{ rewardRules(filter: { kind: INNOVATION_ACHIEVEMENT_PRIZE }) { nodes { prizeGradeZh cycleMonths amount { value } } } }`);
    const prizes = data.rewardRules.nodes;
    expect(prizes.every((p: any) => p.cycleMonths === 24)).toBe(true);
    const byGrade = Object.fromEntries(prizes.map((p: any) => [p.prizeGradeZh, p.amount.value]));
    expect(byGrade).toMatchObject({ 一等奖: 30_000, 二等奖: 20_000, 三等奖: 10_000, 优秀奖: 3000 });
    expect(prizes).toHaveLength(6);
  });

  it("issued three implementation opinions, two on trial and one interim", async () => {
    const data = await api.query(`{
      organisation(nameZh: "曲靖市总工会") { region { code } issuedDocuments { titleZh kind status ${sourceFields} } }
    }`);
    expect(data.organisation.region.code).toBe("530300");
    const documents = data.organisation.issuedDocuments;
    expect(documents.map((d: any) => [d.kind, d.status])).toEqual([
      ["IMPLEMENTATION_OPINIONS", "TRIAL"],
      ["IMPLEMENTATION_OPINIONS", "INTERIM"],
      ["IMPLEMENTATION_OPINIONS", "TRIAL"],
    ]);
    expect(documents[1].titleZh).toBe("曲靖市职工技术创新成果评选奖励管理实施意见（暂行）");
    for (const document of documents) expectSource(document.source, article);
  });

  it("credits the article to 杨冲美 of the Qujing federation", async () => {
    const data = await api.query(`{ article(key: "${article}") { section authorOrganisation { nameZh } authors { nameZh nameEn } } }`);
    expect(data.article).toEqual({
      section: "NEWS_BRIEFS",
      authorOrganisation: { nameZh: "曲靖市总工会" },
      authors: [{ nameZh: "杨冲美", nameEn: "Yang Chongmei" }],
    });
  });
});
