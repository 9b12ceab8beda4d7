import type { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { mayWriteIn, type RegionPaths, refusal } from "../../../src/auth/scopes.js";
import { viewerOf } from "../../../src/auth/viewer.js";

// Who may write where: an editor writes only records placed inside its own region's subtree,
// decided on the regions' materialised paths. The paths are the real ones of seeds/reference/regions.json.

const yunnan = "530000";
const baoshan = "530500";
const longyang = "530502";
const qujing = "530300";
/** Not a real division: a path that starts with Baoshan's path's text but is not below Baoshan. */
const prefixTrap = "5305001";
/** Not a real division: a path whose text is a prefix of Baoshan's path, without being above it. */
const shortTrap = "53050";

const paths: Record<string, string> = {
  [yunnan]: "/530000/",
  [baoshan]: "/530000/530500/",
  [longyang]: "/530000/530500/530502/",
  [qujing]: "/530000/530300/",
  [prefixTrap]: "/530000/5305001/",
  [shortTrap]: "/530000/53050/",
};

/** The region table as `mayWriteIn` reads it: the path of a known code, null for any other. */
const regions: RegionPaths = {
  async find(code) {
    const path = paths[code];
    return path === undefined ? null : { path };
  },
};

const admin = viewerOf("admin", "admin-1");
const analyst = viewerOf("analyst", "analyst-1");
const baoshanEditor = viewerOf("editor", "editor-baoshan", baoshan);

describe("mayWriteIn", () => {
  it("lets an admin write anything, even records placed nowhere", async () => {
    expect(await mayWriteIn(admin, regions, [[qujing]])).toBe(true);
    expect(await mayWriteIn(admin, regions, [])).toBe(true);
    expect(await mayWriteIn(admin, regions, [[]])).toBe(true);
    expect(await mayWriteIn(admin, regions, [["999999"]])).toBe(true);
  });

  it("never lets the public or an analyst write", async () => {
    expect(await mayWriteIn(viewerOf("public"), regions, [[baoshan]])).toBe(false);
    expect(await mayWriteIn(analyst, regions, [[baoshan]])).toBe(false);
    // An analyst token that happens to carry a region is still no editor.
    expect(await mayWriteIn(viewerOf("analyst", "analyst-2", baoshan), regions, [[baoshan]])).toBe(false);
  });

  it("lets an editor write in its own region and in a county below it", async () => {
    expect(await mayWriteIn(baoshanEditor, regions, [[baoshan]])).toBe(true);
    expect(await mayWriteIn(baoshanEditor, regions, [[longyang]])).toBe(true);
    expect(await mayWriteIn(baoshanEditor, regions, [[baoshan], [longyang], [baoshan, longyang]])).toBe(true);
  });

  it("refuses an editor a sibling region and the province above it", async () => {
    expect(await mayWriteIn(baoshanEditor, regions, [[qujing]])).toBe(false);
    expect(await mayWriteIn(baoshanEditor, regions, [[yunnan]])).toBe(false);
    // A county editor may not write its prefecture.
    expect(await mayWriteIn(viewerOf("editor", "editor-longyang", longyang), regions, [[baoshan]])).toBe(false);
  });

  it("fails closed when there is nothing to place: no records, or a record placed nowhere", async () => {
    expect(await mayWriteIn(baoshanEditor, regions, [])).toBe(false);
    expect(await mayWriteIn(baoshanEditor, regions, [[]])).toBe(false);
    expect(await mayWriteIn(baoshanEditor, regions, [[baoshan], []])).toBe(false);
  });

  it("refuses a write when any one placement is outside, in another record or the same one", async () => {
    expect(await mayWriteIn(baoshanEditor, regions, [[baoshan], [qujing]])).toBe(false);
    expect(await mayWriteIn(baoshanEditor, regions, [[longyang, qujing]])).toBe(false);
  });

  it("refuses a placement in a region that does not exist", async () => {
    expect(await mayWriteIn(baoshanEditor, regions, [["999999"]])).toBe(false);
    expect(await mayWriteIn(baoshanEditor, regions, [[baoshan, "999999"]])).toBe(false);
  });

  it("refuses an editor whose own region is unknown or missing", async () => {
    expect(await mayWriteIn(viewerOf("editor", "editor-nowhere", "999999"), regions, [[baoshan]])).toBe(false);
    expect(await mayWriteIn(viewerOf("editor", "editor-without-region", null), regions, [[baoshan]])).toBe(false);
  });

  it("compares whole path segments, not text: a region whose path merely starts with the editor's is not below it", async () => {
    expect(paths[prefixTrap]!.startsWith("/530000/530500")).toBe(true);
    expect(await mayWriteIn(baoshanEditor, regions, [[prefixTrap]])).toBe(false);
    // The other way round: Baoshan's path starts with the text of this editor's path, minus its final "/".
    expect(paths[baoshan]!.startsWith(paths[shortTrap]!.slice(0, -1))).toBe(true);
    expect(await mayWriteIn(viewerOf("editor", "editor-short", shortTrap), regions, [[baoshan]])).toBe(false);
  });
});

describe("refusal", () => {
  const codeOf = (error: GraphQLError) => error.extensions.code;

  it("tells the anonymous public to authenticate", () => {
    const error = refusal(viewerOf("public"), "writing needs an editor");
    expect(codeOf(error)).toBe("UNAUTHENTICATED");
    expect(error.message).toMatch(/^Sign in/);
  });

  it("forbids a signed-in editor, naming its role and region and the reason", () => {
    const error = refusal(baoshanEditor, "the record is placed outside your region");
    expect(codeOf(error)).toBe("FORBIDDEN");
    expect(error.message).toBe(`Forbidden for role editor of region ${baoshan}: the record is placed outside your region.`);
  });

  it("forbids a signed-in caller without a region, naming only the role", () => {
    const error = refusal(analyst, "only admins read the audit trail");
    expect(codeOf(error)).toBe("FORBIDDEN");
    expect(error.message).toBe("Forbidden for role analyst: only admins read the audit trail.");
  });
});
