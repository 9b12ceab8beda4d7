import { describe, expect, it } from "vitest";
import { canonicalText } from "../../../src/records/canonical-text.js";

describe("canonicalText", () => {
  it.each([
    ["曲靖市总工会 ", "曲靖市总工会"],
    [" 曲靖市总工会", "曲靖市总工会"],
    ["\u3000曲靖市总工会\u3000", "曲靖市总工会"],
    ["\u00a0曲靖市总工会\t\n", "曲靖市总工会"],
    ["\u2003保山\u2028", "保山"],
    ["Cafe\u0301", "Café"],
    ["保山市 总工会", "保山市 总工会"],
  ])("%j is %j", (value, canonical) => {
    expect(canonicalText(value)).toEqual({ text: canonical });
  });

  it("composes to NFC, so two spellings of one name are one name", () => {
    expect(canonicalText("Cafe\u0301")).toEqual(canonicalText("Caf\u00e9"));
  });

  it.each([
    ["a zero-width space", "曲靖市\u200b总工会", "U+200B"],
    ["a zero-width space at the end", "曲靖市总工会\u200b", "U+200B"],
    ["a byte-order mark", "\ufeff曲靖市总工会", "U+FEFF"],
    ["a zero-width joiner", "保\u200d山", "U+200D"],
    ["a right-to-left override", "保山\u202e", "U+202E"],
    ["a left-to-right isolate", "\u2066保山", "U+2066"],
    ["an Arabic letter mark", "保\u061c山", "U+061C"],
    ["a soft hyphen", "保\u00ad山", "U+00AD"],
    ["NUL", "保\u0000山", "U+0000"],
    ["a C1 control", "保\u0085山", "U+0085"],
    ["DEL", "保\u007f山", "U+007F"],
  ])("refuses %s, naming it", (_what, value, named) => {
    const result = canonicalText(value);
    expect(result).toHaveProperty("problem");
    expect("problem" in result && result.problem).toContain(named);
  });

  it("refuses lone surrogates, high or low", () => {
    expect(canonicalText("x\ud800y")).toEqual({ problem: "holds a lone surrogate (text that is not valid Unicode)" });
    expect(canonicalText("x\udc00")).toHaveProperty("problem");
    expect(canonicalText("😀")).toEqual({ text: "😀" });
  });

  it("keeps line breaks and tabs inside prose, refuses them inside names", () => {
    expect(canonicalText("第一行\n第二行\t完", "prose")).toEqual({ text: "第一行\n第二行\t完" });
    expect(canonicalText("第一行\n第二行")).toHaveProperty("problem");
    expect(canonicalText("保山\t市")).toHaveProperty("problem");
  });
});
