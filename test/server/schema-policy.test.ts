import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { type Change, CriticalityLevel, diff } from "@graphql-inspector/core";
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "../../src/db/database-url.js";

// The schema change policy (README, "Schema changes"): every committed version of
// schema/schema.graphql since this policy began, and the working tree, must be free of breaking
// changes against the version before it, except removing what the version before deprecated.

const sdlPath = "schema/schema.graphql";
const thisTest = path.relative(repositoryRoot, import.meta.filename);

const git = (...args: string[]) => execFileSync("git", args, { cwd: repositoryRoot, encoding: "utf8" }).trim();

/** The SDL at each commit since the policy began that changed it, oldest first, then the working tree. */
function sdlVersions(): { label: string; sdl: string }[] {
  let commits: string[] = [];
  try {
    const start = git("log", "--diff-filter=A", "--format=%H", "--", thisTest).split("\n").pop();
    if (start) {
      commits = [start, ...git("log", "--reverse", "--format=%H", `${start}..HEAD`, "--", sdlPath).split("\n").filter(Boolean)];
    } else {
      commits = [git("rev-parse", "HEAD")];
    }
  } catch {
    commits = [];
  }
  return [
    ...commits.map((commit) => ({ label: commit.slice(0, 10), sdl: git("show", `${commit}:${sdlPath}`) })),
    { label: "working tree", sdl: fs.readFileSync(path.join(repositoryRoot, sdlPath), "utf8") },
  ];
}

const subgraph = (sdl: string) => buildSubgraphSchema({ typeDefs: parse(sdl) });

/** Breaking changes the policy refuses: removals allowed only of what was deprecated first. */
function refusedChanges(changes: Change[]): string[] {
  return changes
    .filter((change) => change.criticality.level === CriticalityLevel.Breaking)
    .filter((change) => {
      const meta = change.meta as { isRemovedFieldDeprecated?: boolean; isEnumValueDeprecated?: boolean };
      return !(meta.isRemovedFieldDeprecated || meta.isEnumValueDeprecated);
    })
    .map((change) => change.message);
}

describe("schema change policy", () => {
  it("finds no breaking change between consecutive versions of the published SDL", async () => {
    const versions = sdlVersions();
    for (let i = 1; i < versions.length; i++) {
      const [before, after] = [versions[i - 1]!, versions[i]!];
      const refused = refusedChanges(await diff(subgraph(before.sdl), subgraph(after.sdl)));
      expect({ from: before.label, to: after.label, refused }).toEqual({ from: before.label, to: after.label, refused: [] });
    }
  });

  it("refuses removing a field outright, and allows it once the field was deprecated", async () => {
    const base = `type Query { region(code: String!): Region } type Region { code: String! population: Int }`;
    const deprecated = base.replace("population: Int", `population: Int @deprecated(reason: "use reportedFigures")`);
    const removed = base.replace(" population: Int", "");
    expect(refusedChanges(await diff(subgraph(base), subgraph(removed)))).toEqual(["Field 'population' was removed from object type 'Region'"]);
    expect(refusedChanges(await diff(subgraph(deprecated), subgraph(removed)))).toEqual([]);
    expect(refusedChanges(await diff(subgraph(base), subgraph(base.replace("code: String!)", "code: Int!)"))))).toHaveLength(1);
  });
});
