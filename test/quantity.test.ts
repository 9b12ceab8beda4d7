import { describe, expect, it } from "vitest";
import { parseStatedQuantity } from "../src/quantity/stated-quantity.js";

describe("reading numbers the way the newsletters state them", () => {
  it.each([
    ["65场次", { qualifier: "EXACT", value: 65 }],
    ["1万余人", { qualifier: "AT_LEAST", value: 10_000 }],
    ["100余万人次", { qualifier: "AT_LEAST", value: 1_000_000 }],
    ["2.8万余人", { qualifier: "AT_LEAST", value: 28_000 }],
    ["14万元", { qualifier: "EXACT", value: 140_000 }],
    ["1100万元", { qualifier: "EXACT", value: 11_000_000 }],
    ["不高于3000元", { qualifier: "AT_MOST", value: 3000 }],
    ["超过130万字", { qualifier: "AT_LEAST", value: 1_300_000 }],
    ["2-5万元", { qualifier: "RANGE", value: 20_000, valueMax: 50_000 }],
    ["第2—10名", { qualifier: "RANGE", value: 2, valueMax: 10 }],
    ["第十八", { qualifier: "EXACT", value: 18 }],
    ["前32名", { qualifier: "AT_MOST", value: 32 }],
    ["之首", { qualifier: "EXACT", value: 1 }],
    ["两个级别", { qualifier: "EXACT", value: 2 }],
    ["30%", { qualifier: "EXACT", value: 30 }],
    ["若干", undefined],
  ])("%s", (stated, expected) => {
    expect(parseStatedQuantity(stated)).toEqual(expected);
  });
});
