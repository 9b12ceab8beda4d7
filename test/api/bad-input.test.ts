import { describe, expect, it } from "vitest";
import { useTestServer } from "../helpers/test-server.js";

// Bad input is never an internal error: crafted or foreign cursors, out-of-range numbers inside
// them and lone surrogates in string arguments are the client's BAD_USER_INPUT.

const server = useTestServer();

async function post(query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

describe("cursors", () => {
  it.each([
    ["a string cursor where a number is kept", "GPC:S:abc"],
    ["a JSON cursor", 'GPC:J:{"id":1}'],
    ["a number out of range", "GPC:N:1e309"],
    ["a date that is none", "GPC:D:notadate"],
    ["a negative number", "GPC:N:-1"],
    ["a fraction", "GPC:N:1.5"],
    ["an unknown kind", "GPC:X:1"],
    ["no kind at all", "GPC:"],
    ["not a cursor of this API", "hello"],
  ])("%s is BAD_USER_INPUT, both raw and base64-encoded", async (_what, cursor) => {
    for (const after of [cursor, base64(cursor)]) {
      const result = await post("query($after: String) { regions(first: 2, after: $after) { nodes { code } } }", { after });
      expect(result.errors?.[0]?.extensions?.code, `${after}: ${result.errors?.[0]?.message}`).toBe("BAD_USER_INPUT");
    }
  });

  it("a cursor of another list is BAD_USER_INPUT naming the list, in a variable, a literal or a fragment", async () => {
    const persons = await post("{ persons(first: 1) { edges { cursor } } }");
    const cursor: string = persons.data.persons.edges[0].cursor;
    const asVariable = await post("query($after: String) { regions(first: 2, after: $after) { nodes { code } } }", { after: cursor });
    expect(asVariable.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "after" });
    expect(asVariable.errors?.[0]?.message).toContain("not a cursor of Query.regions");
    const asLiteral = await post(`{ regions(first: 2, before: "${cursor}") { nodes { code } } }`);
    expect(asLiteral.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "before" });
    const inFragment = await post(`query($after: String) { ...Page } fragment Page on Query { organisations(first: 2, after: $after) { nodes { nameZh } } }`, {
      after: cursor,
    });
    expect(inFragment.errors?.[0]?.message).toContain("not a cursor of Query.organisations");
    // A top-level persons cursor is not a position in one organisation's persons either.
    const nested = await post(`query($after: String) { organisations(first: 1) { nodes { persons(first: 1, after: $after) { nodes { nameZh } } } } }`, {
      after: cursor,
    });
    expect(nested.errors?.[0]?.message).toContain("not a cursor of Organisation.persons");
  });

  it("a list's own cursors page through it, at the root and nested, and an edited one is refused", async () => {
    const first = await post("{ persons(first: 2) { edges { cursor node { key } } pageInfo { startCursor endCursor } } }");
    const { edges, pageInfo } = first.data.persons;
    expect(pageInfo).toEqual({ startCursor: edges[0].cursor, endCursor: edges[1].cursor });
    const next = await post("query($after: String) { persons(first: 1, after: $after) { nodes { key } } }", { after: pageInfo.endCursor });
    const back = await post("query($before: String) { persons(last: 1, before: $before) { nodes { key } } }", { before: pageInfo.endCursor });
    expect(back.data.persons.nodes).toEqual([edges[0].node]);
    expect(next.data.persons.nodes).toHaveLength(1);
    expect(next.data.persons.nodes[0].key).not.toBe(edges[1].node.key);

    const list = await post(`{ organisations(first: 100) { nodes { nameZh persons(first: 1) { pageInfo { endCursor hasNextPage } nodes { key } } } } }`);
    const organisation = list.data.organisations.nodes.find((node: any) => node.persons.pageInfo.hasNextPage);
    expect(organisation, "a seeded organisation with two persons").toBeDefined();
    const nestedNext = await post(
      `query($name: String!, $after: String) { organisation(nameZh: $name) { persons(first: 1, after: $after) { nodes { key } } } }`,
      {
        name: organisation.nameZh,
        after: organisation.persons.pageInfo.endCursor,
      },
    );
    expect(nestedNext.errors).toBeUndefined();
    expect(nestedNext.data.organisation.persons.nodes[0].key).not.toBe(organisation.persons.nodes[0].key);

    const decoded = Buffer.from(pageInfo.endCursor, "base64url").toString("utf8");
    for (const edited of [`${decoded}0000000000`, decoded.replace("Query.persons", "Query.regions"), `${decoded}x`, `${decoded.split(":")[0]}:-1`]) {
      const result = await post("query($after: String) { persons(first: 1, after: $after) { nodes { key } } }", {
        after: Buffer.from(edited, "utf8").toString("base64url"),
      });
      expect(result.errors?.[0]?.extensions?.code, edited).toBe("BAD_USER_INPUT");
    }
    // A list's own cursor, padded, split by a zero-width space, or repeated to a great length, is no cursor either.
    for (const spelled of [
      ` ${pageInfo.endCursor}`,
      `${pageInfo.endCursor}\u3000`,
      `${pageInfo.endCursor.slice(0, 4)}\u200b${pageInfo.endCursor.slice(4)}`,
      pageInfo.endCursor.repeat(500),
    ]) {
      const result = await post("query($after: String) { persons(first: 1, after: $after) { nodes { key } } }", { after: spelled });
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(spelled.slice(0, 40))).toBe("BAD_USER_INPUT");
    }
    // Thirty aliases of a list each given its own valid cursor are answered, one page each.
    const aliased = Array.from({ length: 30 }, (_, i) => `p${i}: persons(first: 1, after: $after) { nodes { key } }`).join(" ");
    const thirty = await post(`query($after: String) { ${aliased} }`, { after: pageInfo.endCursor });
    expect(thirty.errors).toBeUndefined();
    expect(Object.values(thirty.data).every((page: any) => page.nodes.length === 1)).toBe(true);
    // The Prisma plugin's own cursor format, which cursors no longer come in, is not accepted either.
    const native = await post("query($after: String) { persons(first: 1, after: $after) { nodes { key } } }", { after: base64("GPC:N:1") });
    expect(native.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("lone surrogates in string arguments", () => {
  it.each([
    ["a region code", "query($v: String!) { region(code: $v) { nameZh } }"],
    ["an organisation name", "query($v: String!) { organisation(nameZh: $v) { nameZh } }"],
    ["a document title", "query($v: String!) { policyDocument(titleZh: $v) { titleZh } }"],
    ["a filter's region", "query($v: String) { honours(filter: { regionCode: $v }) { totalCount } }"],
    ["an indicator code", "query($v: String!) { indicator(code: $v) { code } }"],
    ["a person key", "query($v: String!) { person(key: $v) { key } }"],
  ])("in %s is BAD_USER_INPUT", async (_what, query) => {
    for (const v of ["x\ud800y", "\udfff", "保山\ud83d"]) {
      const result = await post(query, { v });
      expect(result.errors?.[0]?.extensions?.code, result.errors?.[0]?.message).toBe("BAD_USER_INPUT");
    }
  });
});
