import { describe, expect, it } from "vitest";
import { repositoryRoot } from "../../../src/db/database-url.js";
import { readDraftRules } from "../../../src/draft/draft-rules.js";
import { splitNewsletter } from "../../../src/draft/newsletter-split.js";
import { personCandidates, romanisedPersonName } from "../../../src/draft/person-candidates.js";

// Persons an article names, on constructed articles.

const rules = readDraftRules(repositoryRoot);
const known = [{ nameZh: "某某集团有限公司", shortNameZh: "某某集团" }, { nameZh: "某市总工会" }];

describe("person candidates", () => {
  it("takes the byline's authors, employed by the author organisation, and persons the prose introduces by name", () => {
    const text = "某市总工会开展活动  某某集团开展竞赛，一位名叫欧阳明的职工获得第一。\n（某市总工会  张三、李四）";
    const [article] = splitNewsletter(text, {}).articles;
    expect(personCandidates(text, article!, rules, known).map(({ nameZh, nameEn, employer }) => [nameZh, nameEn, employer])).toEqual([
      ["张三", "Zhang San", "某市总工会"],
      ["李四", "Li Si", "某市总工会"],
      ["欧阳明", "Ouyang Ming", "某某集团有限公司"],
    ]);
  });

  it("romanises surname first, compound surnames as one word", () => {
    expect(romanisedPersonName("潘惠泉", rules.compoundSurnames)).toBe("Pan Huiquan");
    expect(romanisedPersonName("司马光", rules.compoundSurnames)).toBe("Sima Guang");
    // 单 as a surname is read Shan, not Dan.
    expect(romanisedPersonName("单雄信", rules.compoundSurnames)).toBe("Shan Xiongxin");
  });

  it("takes no name where the cue is followed by none", () => {
    const text = "某市总工会开展活动  活动名为“劳动美”。\n（某市总工会）";
    const [article] = splitNewsletter(text, {}).articles;
    expect(personCandidates(text, article!, rules, known)).toEqual([]);
  });
});
