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

  it("a cursor of another list (persons) given to regions is BAD_USER_INPUT or a valid position, never an internal error", async () => {
    const persons = await post("{ persons(first: 1) { edges { cursor } } }");
    const cursor = persons.data.persons.edges[0].cursor;
    const result = await post("query($after: String) { regions(first: 2, after: $after) { nodes { code } } }", { after: cursor });
    expect(result.errors?.map((error) => error.extensions?.code) ?? []).not.toContain("INTERNAL_SERVER_ERROR");
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
