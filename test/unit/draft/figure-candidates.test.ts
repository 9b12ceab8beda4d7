import { describe, expect, it } from "vitest";
import { figureCandidates, proposalConfidence } from "../../../src/draft/figure-candidates.js";
import { splitNewsletter } from "../../../src/draft/newsletter-split.js";

// Which stated numbers of an article are proposed as figures, on constructed articles: one rule each.

const articleOf = (body: string) => {
  const text = `某市总工会开展活动  ${body}\n（某市总工会  张三）`;
  const [article] = splitNewsletter(text, {}).articles;
  return { text, article: article! };
};
const proposals = (body: string) => {
  const { text, article } = articleOf(body);
  const { candidates, skipped } = figureCandidates(text, article);
  return {
    proposed: candidates.filter((candidate) => candidate.confidence >= proposalConfidence).map((candidate) => candidate.number.statedAs),
    doubtful: candidates.filter((candidate) => candidate.confidence < proposalConfidence).map((candidate) => candidate.number.statedAs),
    skipped: skipped.map(({ number, reason }) => [number.statedAs, reason]),
    excerpts: candidates.map((candidate) => candidate.excerpt),
  };
};

describe("figure candidates", () => {
  it("proposes each stated number with the clause it is stated in as its excerpt", () => {
    const drafted = proposals("全年开展宣讲 65 场次，覆盖职工 3000 余人。");
    expect(drafted.proposed).toEqual(["65场次", "3000余人"]);
    expect(drafted.excerpts).toEqual(["全年开展宣讲65场次", "覆盖职工3000余人"]);
  });

  it("lists spans of time, editions and numbers inside a title apart, with the reason", () => {
    const drafted = proposals("每两年评选一次，完成第四届评选，印发《1~5级教材》。");
    expect(drafted.skipped).toEqual([
      ["两年", "a span of time (年), not a count"],
      ["第四届", "an edition's ordinal (第…届), not a place in a ranking"],
      ["1~5级", "inside a title in 《》: part of a name"],
    ]);
  });

  it("doubts 一 before a measure word, a number pointed back to, and a rank that is a rule's condition", () => {
    const drafted = proposals("打造一支队伍，出台3项制度，这三项制度明确，对取得第1名的给予奖励。");
    expect(drafted.proposed).toEqual(["3项"]);
    expect(drafted.doubtful).toEqual(["一支", "三项", "第1名"]);
  });
});
