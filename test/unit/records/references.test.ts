import { describe, expect, it } from "vitest";
import { ByKindAndKey } from "../../../src/records/keyed-records.js";
import { KeySet, keysIn, referencesOf } from "../../../src/records/references.js";

// Records name each other by natural key; these are the pure rules that find the keys a record
// names and the table that tells which of them are known.

describe("keysIn", () => {
  it("reads one key from a string", () => {
    expect(keysIn("保山市总工会")).toEqual(["保山市总工会"]);
  });

  it("reads the strings of a list, in order, and drops anything else", () => {
    expect(keysIn(["保山市总工会", 3, null, undefined, { nameZh: "x" }, "曲靖市总工会"])).toEqual(["保山市总工会", "曲靖市总工会"]);
    expect(keysIn([])).toEqual([]);
  });

  it("reads no key from a missing value or a number", () => {
    expect(keysIn(undefined)).toEqual([]);
    expect(keysIn(null)).toEqual([]);
    expect(keysIn(530500)).toEqual([]);
  });
});

describe("referencesOf", () => {
  it("lists every natural key a record names, with its kind and field, and ignores other fields", () => {
    const record = {
      key: "test/references/document",
      titleZh: "测试文件",
      region: "530500",
      issuers: ["保山市总工会", "曲靖市总工会"],
      authors: ["baoshan-ftu/li-yajuan"],
      notAReference: "保山市总工会",
      excerpt: "保山市总工会",
    };
    expect(referencesOf(record)).toEqual([
      { kind: "region", key: "530500", field: "region" },
      { kind: "organisation", key: "保山市总工会", field: "issuers" },
      { kind: "organisation", key: "曲靖市总工会", field: "issuers" },
      { kind: "person", key: "baoshan-ftu/li-yajuan", field: "authors" },
    ]);
  });

  it("ignores reference fields whose value is missing", () => {
    expect(referencesOf({ region: undefined, organisation: undefined, person: "china-first-heavy/pan-huiquan", conferrers: [] })).toEqual([
      { kind: "person", key: "china-first-heavy/pan-huiquan", field: "person" },
    ]);
    expect(referencesOf({})).toEqual([]);
  });

  it("gives each field the kind the reference table says", () => {
    const kinds = referencesOf({
      scopeRegion: "530000",
      payer: "保山市总工会",
      lead: "baoshan-ftu/duan-chuchu",
      indicator: "propaganda.sessions",
      honourTitle: "保山工匠",
      sourceDocument: "000_2dc913a942106495",
    }).map(({ field, kind }) => [field, kind]);
    expect(Object.fromEntries(kinds)).toEqual({
      scopeRegion: "region",
      payer: "organisation",
      lead: "person",
      indicator: "indicator",
      honourTitle: "honourTitle",
      sourceDocument: "sourceDocument",
    });
  });
});

describe("KeySet", () => {
  it("knows what was added, by kind", () => {
    const keys = new KeySet().add("region", "530500").add("indicator", "propaganda.sessions");
    expect(keys.has("region", "530500")).toBe(true);
    expect(keys.has("indicator", "propaganda.sessions")).toBe(true);
    expect(keys.has("region", "530300")).toBe(false);
    expect(keys.has("indicator", "530500")).toBe(false);
  });

  it("adds what article records declare: organisations by name, persons by key, documents by title", () => {
    const keys = new KeySet().addDeclared({
      organisations: [{ nameZh: "保山市总工会", nameEn: "Baoshan Federation of Trade Unions", kind: "TRADE_UNION", region: "530500", excerpt: "保山市总工会" }],
      persons: [{ key: "baoshan-ftu/li-yajuan", nameZh: "李雅娟", nameEn: "Li Yajuan", employer: "保山市总工会", excerpt: "李雅娟" }],
      policyDocuments: [
        {
          titleZh: "2020年保山市新时期产业工人队伍建设改革工作要点",
          titleEn: "Baoshan's work points for 2020",
          kind: "WORK_POINTS",
          status: "IN_FORCE",
          issuers: ["保山市总工会"],
          excerpt: "工作要点",
        },
      ],
    });
    expect(keys.has("organisation", "保山市总工会")).toBe(true);
    expect(keys.has("person", "baoshan-ftu/li-yajuan")).toBe(true);
    expect(keys.has("policyDocument", "2020年保山市新时期产业工人队伍建设改革工作要点")).toBe(true);
    // A person is named by key, not by name.
    expect(keys.has("person", "李雅娟")).toBe(false);
  });

  it("does not find a key under another kind than it was declared as", () => {
    const keys = new KeySet().addDeclared({
      organisations: [{ nameZh: "保山市总工会", nameEn: "Baoshan Federation of Trade Unions", kind: "TRADE_UNION", excerpt: "保山市总工会" }],
      persons: [{ key: "baoshan-ftu/li-yajuan", nameZh: "李雅娟", nameEn: "Li Yajuan", excerpt: "李雅娟" }],
    });
    expect(keys.has("person", "保山市总工会")).toBe(false);
    expect(keys.has("organisation", "baoshan-ftu/li-yajuan")).toBe(false);
    expect(keys.has("skillCompetition", "保山市总工会")).toBe(false);
  });

  it("declares nothing from collections that others do not refer to", () => {
    const keys = new KeySet().addDeclared({
      figures: [
        { key: "test/figure", indicator: "propaganda.sessions", region: "530500", statedAs: "65场次", qualifier: "EXACT", value: 65, excerpt: "65场次" },
      ],
    });
    expect(keys.has("region", "530500")).toBe(false);
    expect(keys.has("indicator", "propaganda.sessions")).toBe(false);
  });
});

describe("ByKindAndKey", () => {
  it("gets, has and sets values by kind and key", () => {
    const map = new ByKindAndKey<"organisation" | "person", number>();
    expect(map.get("organisation", "保山市总工会")).toBeUndefined();
    expect(map.has("organisation", "保山市总工会")).toBe(false);
    expect(map.set("organisation", "保山市总工会", 1)).toBe(map);
    expect(map.get("organisation", "保山市总工会")).toBe(1);
    expect(map.has("organisation", "保山市总工会")).toBe(true);
    map.set("organisation", "保山市总工会", 2);
    expect(map.get("organisation", "保山市总工会")).toBe(2);
    expect(map.keysOf("organisation")).toEqual(["保山市总工会"]);
  });

  it("keeps the same key under two kinds apart", () => {
    const map = new ByKindAndKey<"organisation" | "skillCompetition", string>();
    map.set("organisation", "同名", "an organisation").set("skillCompetition", "同名", "a competition");
    expect(map.get("organisation", "同名")).toBe("an organisation");
    expect(map.get("skillCompetition", "同名")).toBe("a competition");
    expect(map.keysOf("organisation")).toEqual(["同名"]);
    expect(map.keysOf("skillCompetition")).toEqual(["同名"]);
  });

  it("holds a value that was set to undefined: has, not get, says what is there", () => {
    const map = new ByKindAndKey<"person", string | undefined>();
    map.set("person", "no-employer", undefined);
    expect(map.has("person", "no-employer")).toBe(true);
    expect(map.get("person", "no-employer")).toBeUndefined();
  });

  it("lists the keys of a kind in insertion order, and none for a kind never set", () => {
    const map = new ByKindAndKey<"a" | "b", number>();
    map.set("a", "z", 1).set("a", "y", 2).set("b", "x", 3);
    expect(map.keysOf("a")).toEqual(["z", "y"]);
    expect(map.keysOf("b")).toEqual(["x"]);
    const empty = new ByKindAndKey<"a" | "b", number>();
    expect(empty.keysOf("a")).toEqual([]);
  });

  it("yields every entry as [kind, key, value]", () => {
    const map = new ByKindAndKey<"region" | "person", number>();
    map.set("region", "530500", 1).set("person", "baoshan-ftu/li-yajuan", 2).set("region", "530300", 3);
    expect([...map.entries()]).toEqual([
      ["region", "530500", 1],
      ["region", "530300", 3],
      ["person", "baoshan-ftu/li-yajuan", 2],
    ]);
    expect([...new ByKindAndKey<"region", number>().entries()]).toEqual([]);
  });

  it("never confuses kind and key, even when a key holds the separator a joined string would use", () => {
    const map = new ByKindAndKey<string, number>();
    map.set("a", "b\u0000c", 1);
    map.set("a\u0000b", "c", 2);
    expect(map.get("a", "b\u0000c")).toBe(1);
    expect(map.get("a\u0000b", "c")).toBe(2);
    expect(map.has("a", "b")).toBe(false);
    expect(map.keysOf("a")).toEqual(["b\u0000c"]);
    expect([...map.entries()]).toHaveLength(2);
  });
});
