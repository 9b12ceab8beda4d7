import { describe, expect, it } from "vitest";
import { useSeededApi } from "../helpers/seeded-api.js";

// Every combination of first, last, after and before against the Cursor Connections spec's own
// algorithm (ApplyCursorsToEdges, then first, then last; hasNextPage when first is set and
// hasPreviousPage when last is set), on a root list and on a nested one.

const api = useSeededApi();

interface Window {
  first?: number;
  last?: number;
  after?: string;
  before?: string;
}

/** The spec's algorithm over the whole list, as an oracle. */
function specPage(all: string[], { first, last, after, before }: Window) {
  let edges = all;
  if (after !== undefined && edges.includes(after)) edges = edges.slice(edges.indexOf(after) + 1);
  if (before !== undefined && edges.includes(before)) edges = edges.slice(0, edges.indexOf(before));
  const between = edges.length;
  if (first !== undefined) edges = edges.slice(0, first);
  if (last !== undefined) edges = edges.slice(Math.max(0, edges.length - last));
  return {
    cursors: edges,
    ...(first !== undefined ? { hasNextPage: between > first } : {}),
    ...(last !== undefined ? { hasPreviousPage: between > last } : {}),
  };
}

const lists = [
  {
    name: "Query.regions",
    path: (data: any) => data.regions,
    // Yunnan's 16 prefectures: fewer than a default page, as the spec's algorithm is checked against the whole list.
    field: (args: string) => `regions(${args ? `${args}, ` : ""}filter: { within: "530000", level: PREFECTURE })`,
    wrap: (inner: string) => `{ ${inner} }`,
  },
  {
    name: "Region.organisations (nested)",
    path: (data: any) => data.region.organisations,
    field: (args: string) => `organisations(${args})`,
    wrap: (inner: string) => `{ region(code: "320100") { ${inner} } }`,
  },
];

describe.each(lists)("$name pages as the Cursor Connections spec's algorithm does", ({ path, field, wrap }) => {
  it("for every combination of first, last, after and before", async () => {
    const everything = path(await api.query(wrap(`${field("first: 100")} { edges { cursor } }`)));
    const all: string[] = everything.edges.map((edge: { cursor: string }) => edge.cursor);
    expect(all.length).toBeGreaterThanOrEqual(5);
    const at = (index: number) => all[Math.min(index, all.length - 1)]!;
    const counts = [undefined, 0, 1, 2, 4, 100];
    const cursorPairs: [string | undefined, string | undefined][] = [
      [undefined, undefined],
      [at(0), undefined],
      [undefined, at(all.length - 1)],
      [at(0), at(all.length - 1)],
      [at(1), at(4)],
      [at(1), at(2)],
      [at(2), at(3)],
    ];
    let compared = 0;
    for (const [after, before] of cursorPairs) {
      // One request per pair of cursors: every first × last combination as an alias.
      const windows: Window[] = counts.flatMap((first) => counts.map((last) => ({ first, last, after, before })));
      const aliases = windows.map((window, i) => {
        const args = Object.entries(window)
          .filter(([, value]) => value !== undefined)
          .map(([name, value]) => `${name}: ${typeof value === "string" ? JSON.stringify(value) : value}`)
          .join(", ");
        return `w${i}: ${field(args || "")} { edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }`.replace("()", "");
      });
      for (let start = 0; start < aliases.length; start += 12) {
        const data = await api.query(wrap(aliases.slice(start, start + 12).join("\n")));
        const answers = start === 0 && wrap === lists[0]!.wrap ? data : (data.region ?? data);
        for (let i = start; i < Math.min(start + 12, aliases.length); i++) {
          const answer = answers[`w${i}`];
          const expected = specPage(all, windows[i]!);
          const got = {
            cursors: answer.edges.map((edge: { cursor: string }) => edge.cursor),
            ...(windows[i]!.first !== undefined ? { hasNextPage: answer.pageInfo.hasNextPage } : {}),
            ...(windows[i]!.last !== undefined ? { hasPreviousPage: answer.pageInfo.hasPreviousPage } : {}),
          };
          expect(got, JSON.stringify({ ...windows[i], after: after && all.indexOf(after), before: before && all.indexOf(before) })).toEqual(expected);
          expect(answer.pageInfo.startCursor).toBe(expected.cursors[0] ?? null);
          expect(answer.pageInfo.endCursor).toBe(expected.cursors.at(-1) ?? null);
          compared++;
        }
      }
    }
    expect(compared).toBe(cursorPairs.length * counts.length * counts.length);
  });
});

it("answers regions(first: 2, last: 1) with the second region, as the spec's example of both counts does", async () => {
  const data = await api.query(
    `{ all: regions(first: 2) { nodes { code } } both: regions(first: 2, last: 1) { nodes { code } pageInfo { hasNextPage hasPreviousPage } } }`,
  );
  expect(data.both.nodes).toEqual([data.all.nodes[1]]);
  expect(data.both.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true });
});

it("still refuses a cursor of another list given with the other bound", async () => {
  const persons = await api.query(`{ persons(first: 1) { edges { cursor } } regions(first: 3) { edges { cursor } } }`);
  const result = await api.run(`query($after: String, $before: String) { regions(after: $after, before: $before) { nodes { code } } }`, {
    after: persons.persons.edges[0].cursor,
    before: persons.regions.edges[2].cursor,
  });
  expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  expect(result.errors?.[0]?.message).toMatch(/not a cursor of Query\.regions/);
});

it("refuses a negative first or last, also where the spec's window is cut after execution", async () => {
  const cursors = await api.query(`{ regions(first: 6) { edges { cursor } } }`);
  const c = cursors.regions.edges.map((edge: { cursor: string }) => edge.cursor);
  for (const args of ["first: -1", "first: -1, last: 2", "first: 2, last: -1", `last: -1, after: "${c[0]}"`, `first: -3, before: "${c[5]}"`]) {
    const result = await api.run(`{ regions(${args}) { nodes { code } } }`);
    expect(result.errors?.[0]?.extensions?.code, args).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message, args).toMatch(/is negative; a page size is 0 or more/);
  }
});

it("with after, before and last but no first, counts back from before even when the cursors cross (the README's one liberty)", async () => {
  const all = await api.query(`{ regions(first: 100) { edges { cursor } } }`);
  const c = all.regions.edges.map((edge: { cursor: string }) => edge.cursor);
  const crossed = await api.query(`{ regions(after: "${c[3]}", before: "${c[1]}", last: 2) { edges { cursor } } }`);
  expect(crossed.regions.edges.map((edge: { cursor: string }) => edge.cursor)).toEqual([c[0]]);
  const same = await api.query(`{ regions(after: "${c[2]}", before: "${c[2]}", last: 2) { edges { cursor } } }`);
  expect(same.regions.edges.map((edge: { cursor: string }) => edge.cursor)).toEqual([c[0], c[1]]);
  // With first, crossed cursors follow the spec literally: everything after `after`.
  const forward = await api.query(`{ regions(after: "${c[3]}", before: "${c[1]}", first: 2) { edges { cursor } } }`);
  expect(forward.regions.edges.map((edge: { cursor: string }) => edge.cursor)).toEqual([c[4], c[5]]);
});

it("answers thirty aliases (29 windowed) of a windowed, ordered list alike, each cut to its own window", async () => {
  // Thirty aliases in all, the most one operation may have: 29 windowed ones and one to compare with.
  const aliases = Array.from({ length: 29 }, (_, i) => `w${i}: regions(first: 3, last: 1, orderBy: { field: NAME_ZH, direction: DESC }) { nodes { code } }`);
  const result = await api.run(`{ ${aliases.join("\n")} one: regions(first: 3, orderBy: { field: NAME_ZH, direction: DESC }) { nodes { code } } }`);
  expect(result.errors).toBeUndefined();
  const third = (result.data as any).one.nodes[2];
  for (let i = 0; i < 29; i++) expect((result.data as any)[`w${i}`].nodes).toEqual([third]);
});
