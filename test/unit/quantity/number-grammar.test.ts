import { describe, expect, it } from "vitest";
import { findStatedDates, findStatedNumbers, readNumeral } from "../../../src/quantity/number-grammar.js";
import { curatedNumbers } from "../../helpers/curated-numbers.js";

// The number grammar on constructed sentences, one for every form the newsletters use, and on
// the curated seeds: every number an editor recorded is found in its excerpt with the same
// value and qualifier.

/** The one number of a sentence, without its offsets. */
const only = (sentence: string) => {
  const found = findStatedNumbers(sentence);
  expect(found, `${sentence}: ${JSON.stringify(found)}`).toHaveLength(1);
  const { start: _start, end: _end, cues: _cues, ...number } = found[0]!;
  return number;
};

describe("numerals", () => {
  it.each([
    ["七", 7],
    ["十", 10],
    ["十八", 18],
    ["两", 2],
    ["两百", 200],
    ["一百零五", 105],
    ["三千零五", 3005],
    ["一千二百三十四", 1234],
    ["三万五千", 35_000],
    ["一亿二千万", 120_000_000],
    ["〇", 0],
    ["35,646", 35_646],
    ["３５６４６", 35_646],
    // 2.8 of something is no whole number of it; 2.8万 is (below).
    ["2.8", undefined],
  ])("%s → %s", (numeral, value) => {
    expect(readNumeral(numeral)).toBe(value);
  });

  it("multiplies Arabic decimals exactly, and refuses what is no whole number", () => {
    expect(readNumeral("2.8", 10_000)).toBe(28_000);
    expect(readNumeral("4.35", 100_000_000)).toBe(435_000_000);
    expect(readNumeral("0.07", 10_000)).toBe(700);
    expect(readNumeral("1.23456", 10_000)).toBeUndefined();
    expect(readNumeral("99999999999999999999")).toBeUndefined();
  });

  it("refuses Chinese words that only look like numerals", () => {
    // 十四五 (the 14th five-year plan) and 五一 (May Day) are names, not 55 and 51.
    for (const word of ["十四五", "五一", "一一", "十十", "万", "亿", "百千"]) expect(readNumeral(word), word).toBeUndefined();
  });
});

describe("stated numbers in sentences", () => {
  it.each([
    // Arabic, Chinese and mixed numerals with their measure words and units
    ["全年开展宣讲65场次", { statedAs: "65场次", form: "AMOUNT", qualifier: "EXACT", value: 65, measureWord: "场次", unit: "SESSION" }],
    ["推荐全国劳模2名", { statedAs: "2名", qualifier: "EXACT", value: 2, unit: "PERSON" }],
    ["覆盖企业1318户", { statedAs: "1318户", value: 1318, unit: "HOUSEHOLD" }],
    ["覆盖职工35,646人", { statedAs: "35,646人", value: 35_646, unit: "PERSON" }],
    ["覆盖职工３５６４６人", { statedAs: "３５６４６人", value: 35_646, unit: "PERSON" }],
    ["服务100余万人次", { statedAs: "100余万人次", qualifier: "AT_LEAST", value: 1_000_000, unit: "PERSON_TIME" }],
    ["签订集体合同397份", { statedAs: "397份", value: 397, unit: "COUNT" }],
    ["出台3项制度", { statedAs: "3项", value: 3, unit: "COUNT" }],
    ["12家基层工会", { statedAs: "12家", value: 12, unit: "ENTERPRISE" }],
    ["年清障总量超2万起", { statedAs: "超2万起", qualifier: "AT_LEAST", value: 20_000, measureWord: "起" }],
    ["日均断面流量超24万辆次", { statedAs: "超24万辆次", qualifier: "AT_LEAST", value: 240_000, unit: "VEHICLE_PER_DAY" }],
    ["成稿字数超过130万字", { statedAs: "超过130万字", qualifier: "AT_LEAST", value: 1_300_000, unit: "CHARACTER" }],
    ["安排工作经费14万元", { statedAs: "14万元", value: 140_000, measureWord: "元", unit: "CNY" }],
    ["投资1100万元", { statedAs: "1100万元", value: 11_000_000, unit: "CNY" }],
    ["奖励3000元", { statedAs: "3000元", value: 3000, unit: "CNY" }],
    ["总投资4.35亿元", { statedAs: "4.35亿元", value: 435_000_000, unit: "CNY" }],
    ["每月享受5000元津贴", { statedAs: "5000元", value: 5000, unit: "CNY_PER_MONTH" }],
    ["现有职工2.8万余人", { statedAs: "2.8万余人", qualifier: "AT_LEAST", value: 28_000 }],
    ["培训职工1.3万人", { statedAs: "1.3万人", qualifier: "EXACT", value: 13_000 }],
    ["惠及130万人", { statedAs: "130万人", value: 1_300_000 }],
    ["划分为两个等级", { statedAs: "两个", value: 2, unit: "COUNT" }],
    ["评选一千二百三十四名", { statedAs: "一千二百三十四名", value: 1234 }],
    ["三十余万元", { statedAs: "三十余万元", qualifier: "AT_LEAST", value: 300_000 }],
    ["金融等百余个岗位", { statedAs: "百余个", qualifier: "AT_LEAST", value: 100 }],
    ["零星3个", { statedAs: "3个", value: 3 }],
    // qualifiers from the words around the number
    ["20余项", { qualifier: "AT_LEAST", value: 20 }],
    ["20多个工种", { statedAs: "20多个", qualifier: "AT_LEAST", value: 20 }],
    ["50人以上", { statedAs: "50人以上", qualifier: "AT_LEAST", value: 50 }],
    ["逾300名", { statedAs: "逾300名", qualifier: "AT_LEAST", value: 300 }],
    ["不低于500元", { statedAs: "不低于500元", qualifier: "AT_LEAST", value: 500 }],
    ["上万人参与", { statedAs: "上万人", qualifier: "AT_LEAST", value: 10_000 }],
    ["给予不高于3000元的经费", { statedAs: "不高于3000元", qualifier: "AT_MOST", value: 3000 }],
    ["不超过5项", { statedAs: "不超过5项", qualifier: "AT_MOST", value: 5 }],
    ["100人以内", { statedAs: "100人以内", qualifier: "AT_MOST", value: 100 }],
    ["30人以下", { statedAs: "30人以下", qualifier: "AT_MOST", value: 30 }],
    ["近万人", { statedAs: "近万人", qualifier: "ABOUT", value: 10_000 }],
    ["约3000人", { statedAs: "约3000人", qualifier: "ABOUT", value: 3000 }],
    ["20名左右", { statedAs: "20名左右", qualifier: "ABOUT", value: 20 }],
    ["达到20项", { statedAs: "20项", qualifier: "EXACT", value: 20 }],
    // ranges: the multiplier printed once is shared by both ends
    ["奖励2-5万元", { statedAs: "2-5万元", qualifier: "RANGE", value: 20_000, valueMax: 50_000, unit: "CNY" }],
    ["奖励2万-5万元", { statedAs: "2万-5万元", qualifier: "RANGE", value: 20_000, valueMax: 50_000 }],
    ["评选2—10名", { statedAs: "2—10名", qualifier: "RANGE", value: 2, valueMax: 10, unit: "PERSON" }],
    ["教材之1~5级", { statedAs: "1~5级", qualifier: "RANGE", value: 1, valueMax: 5, measureWord: "级" }],
    ["3至5项", { statedAs: "3至5项", qualifier: "RANGE", value: 3, valueMax: 5 }],
    // percentages
    ["只占30%", { statedAs: "30%", form: "PERCENT", value: 30, unit: "PERCENT" }],
    ["占３０％", { statedAs: "３０％", form: "PERCENT", value: 30 }],
    ["提高12.5%", { statedAs: "12.5%", form: "PERCENT", value: 12.5 }],
    ["百分之三十", { statedAs: "百分之三十", form: "PERCENT", value: 30 }],
    // ordinals and rankings
    ["排名全省第四", { statedAs: "第四", form: "RANK", qualifier: "EXACT", value: 4, unit: "RANK" }],
    ["腾冲市第六", { statedAs: "第六", form: "RANK", value: 6 }],
    ["隆阳区第十八", { statedAs: "第十八", form: "RANK", value: 18 }],
    ["均在全省前32名", { statedAs: "前32名", form: "RANK", qualifier: "AT_MOST", value: 32, unit: "RANK" }],
    ["取得第2—10名", { statedAs: "第2—10名", form: "RANK", qualifier: "RANGE", value: 2, valueMax: 10 }],
    ["居全省之首", { statedAs: "之首", form: "RANK", value: 1 }],
    ["省属企业第一家", { statedAs: "第一家", form: "RANK", value: 1 }],
  ])("%s", (sentence, expected) => {
    expect(only(sentence)).toMatchObject(expected);
  });

  it("reads the numbers of the newsletter's extraction, spaces and line breaks between the number and its words", () => {
    const text = "开展宣讲 65 场次。\n服务 100\n余万人次，投资 1100 万元";
    const found = findStatedNumbers(text);
    expect(found.map(({ statedAs, value }) => [statedAs, value])).toEqual([
      ["65场次", 65],
      ["100余万人次", 1_000_000],
      ["1100万元", 11_000_000],
    ]);
    // Offsets point into the text as given, spaces included.
    expect(found.map(({ start, end }) => text.slice(start, end))).toEqual(["65 场次", "100\n余万人次", "1100 万元"]);
  });

  it("finds every number of a sentence, left to right, none twice", () => {
    const sentence = "签订工资专项集体合同397份，覆盖企业1318户，覆盖职工35646人";
    expect(findStatedNumbers(sentence).map(({ statedAs }) => statedAs)).toEqual(["397份", "1318户", "35646人"]);
  });

  it("reads no number where the text names none", () => {
    for (const sentence of ["五一劳动奖章", "十四五期间", "若干措施", "统筹推进", "G60科创走廊", "", "第", "万元", "超过", "2020年6月", "同年9月"]) {
      expect(findStatedNumbers(sentence), sentence).toEqual([]);
    }
  });

  it("reads a qualifier or ordinal only where it is one, not as the tail of a word", () => {
    // 目前, 签约, 节约, 附近: the 前, 约, 近 of a common word qualify nothing.
    expect(only("目前30家企业")).toMatchObject({ statedAs: "30家", form: "AMOUNT", qualifier: "EXACT", value: 30 });
    expect(only("签约32家企业")).toMatchObject({ statedAs: "32家", qualifier: "EXACT" });
    expect(only("节约1.2万元")).toMatchObject({ statedAs: "1.2万元", qualifier: "EXACT", value: 12_000 });
    expect(only("附近3个社区")).toMatchObject({ statedAs: "3个", qualifier: "EXACT" });
    // 第一时间, 第三方: ordinal words, no place in a ranking.
    for (const phrase of ["第一时间赶到", "第三方机构", "第一书记", "前三季度"]) expect(findStatedNumbers(phrase), phrase).toEqual([]);
  });

  it("reads the bounds 不足/不到/至少/最少, and a qualifier after a written-out percentage", () => {
    expect(only("不足100人")).toMatchObject({ qualifier: "AT_MOST", value: 100 });
    expect(only("不到50%")).toMatchObject({ qualifier: "AT_MOST", value: 50, form: "PERCENT" });
    expect(only("至少3名")).toMatchObject({ qualifier: "AT_LEAST", value: 3 });
    expect(only("百分之五十以上")).toMatchObject({ statedAs: "百分之五十以上", qualifier: "AT_LEAST", value: 50 });
    expect(only("百分之九十五左右")).toMatchObject({ qualifier: "ABOUT", value: 95 });
  });

  it("keeps numbers apart that only whitespace separates, and reads no span of months as an amount", () => {
    expect(findStatedNumbers("2020 3000人").map(({ statedAs }) => statedAs)).toEqual(["2020", "3000人"]);
    expect(findStatedNumbers("表1 300人").map(({ statedAs }) => statedAs)).toEqual(["1", "300人"]);
    expect(findStatedNumbers("1—6月，完成")).toEqual([]);
  });

  it("takes no more than is written: a zero-width character ends the number, a huge one is no number", () => {
    // "1\u200b万人" is not 10,000 people: whatever the zero-width character hides, the grammar does not join across it.
    expect(findStatedNumbers("1\u200b万人").some((number) => number.value === 10_000)).toBe(false);
    expect(findStatedNumbers("共99999999999999999999人")).toEqual([]);
    expect(findStatedNumbers("1.23456万人")).toEqual([]);
    // Repeated, the same number is found each time it is written.
    expect(findStatedNumbers("3项".repeat(1000))).toHaveLength(1000);
  });
});

describe("dates", () => {
  it("reads years, months and days, spans of years, and a month of the year named before it", () => {
    const text = "2020 年 6 月，项目启动；同年9月，完成验收。二〇二一年三月十五日召开大会。《2021—2025年规划》";
    expect(findStatedDates(text).map(({ statedAs, period, periodEnd }) => ({ statedAs, period, ...(periodEnd ? { periodEnd } : {}) }))).toEqual([
      { statedAs: "2020年6月", period: "2020-06" },
      { statedAs: "同年9月", period: "2020-09" },
      { statedAs: "二〇二一年三月十五日", period: "2021-03-15" },
      { statedAs: "2021—2025年", period: "2021", periodEnd: "2025" },
    ]);
    // The dates are not amounts.
    expect(findStatedNumbers(text)).toEqual([]);
  });

  it("leaves a month alone when no year is named before it, and refuses impossible dates", () => {
    expect(findStatedDates("9月，完成验收")).toEqual([]);
    expect(findStatedDates("2020年13月")).toEqual([{ start: 0, end: 5, statedAs: "2020年", period: "2020", cues: ["年"] }]);
    expect(findStatedDates("3个月后")).toEqual([]);
  });
});

describe("the curated seeds", () => {
  const stated = curatedNumbers();

  it("holds numbers to check", () => {
    expect(stated.length).toBeGreaterThan(50);
  });

  it("finds every recorded number in its excerpt with the recorded value and qualifier", () => {
    const missed = stated.filter(({ statedAs, qualifier, value, valueMax, excerpt }) => {
      // The editor's statedAs may go on with the counted noun ("6个方面"): the grammar's ends at the measure word.
      const match = findStatedNumbers(excerpt).find((number) => statedAs.startsWith(number.statedAs));
      return !match || match.qualifier !== qualifier || match.value !== value || (match.valueMax ?? undefined) !== valueMax;
    });
    expect(missed.map(({ file, key, statedAs }) => `${file} ${key}: ${statedAs}`)).toEqual([]);
  });
});
