import { describe, expect, it } from "vitest";
import { encodeNodeId } from "../../src/graphql/schema/common/global-id.js";
import { useTestServer } from "../helpers/test-server.js";
import { send } from "./send.js";

// Inputs the fuzz test found answered with a 5xx, an INTERNAL_SERVER_ERROR or a crashed process;
// each is now the client's error with a stable code.

const server = useTestServer();

async function post(body: unknown) {
  const response = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const json = (await response.json()) as { data?: unknown; errors?: { message: string; path?: unknown[]; extensions: { code: string } }[] };
  return { status: response.status, ...json };
}

describe("inputs the fuzz test found", () => {
  it("a request target that is no URL is a 400, and the process lives on", async () => {
    const answer = await send(new URL(server.url), {
      kind: "malformed request line",
      method: "GET",
      path: "",
      headers: {},
      raw: "GET http://[ HTTP/1.1\r\nHost: x\r\n\r\n",
    });
    expect(answer.status).toBe(400);
    expect((await fetch(new URL("/healthz", server.url))).status).toBe(200);
  });

  it("variables nested thousands deep are BAD_USER_INPUT, not a stack overflow in the response cache", async () => {
    const depth = 5000;
    const result = await post(`{"query": "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", "variables": {"ids": ${"[".repeat(depth)}${"]".repeat(depth)}}}`);
    expect([result.status, result.errors?.[0]?.extensions.code]).toEqual([400, "BAD_USER_INPUT"]);
  });

  it("an operation type the schema lacks fails validation", async () => {
    const result = await post({ query: "subscription { regions { totalCount } }" });
    expect([result.status, result.errors?.[0]?.extensions.code]).toEqual([400, "GRAPHQL_VALIDATION_FAILED"]);
    expect(result.errors?.[0]?.message).toBe("This API has no subscription operations.");
  });

  it("a document whose operation to run is not named, or named wrongly, is BAD_USER_INPUT", async () => {
    const query = "query A { __typename } query B { __typename }";
    for (const operationName of [undefined, "C"]) {
      const result = await post({ query, operationName });
      expect(result.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", argument: "operationName" });
    }
    expect((await post({ query, operationName: "B" })).data).toEqual({ __typename: "Query" });
  });

  it("_entities representations of no entity type, or without their key, are BAD_USER_INPUT", async () => {
    const query = "query($representations: [_Any!]!) { _entities(representations: $representations) { __typename } }";
    for (const representation of [
      { __typename: "PageInfo", code: "530500" },
      { __typename: "Region", nameZh: "保山市" },
      { __typename: "Region", code: 530500 },
    ]) {
      const result = await post({ query, variables: { representations: [representation] } });
      expect(result.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", argument: "representations" });
    }
    expect((await post({ query, variables: { representations: [{ __typename: "Region", code: "530500" }] } })).data).toEqual({
      _entities: [{ __typename: "Region" }],
    });
  });

  it("nodes with an ID of a type that is no record reports it at its position and still loads the others", async () => {
    const { data } = await post({ query: `{ region(code: "530500") { id } }` });
    const regionId = (data as { region: { id: string } }).region.id;
    const result = await post({ query: "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", variables: { ids: [encodeNodeId("PageInfo", 1), regionId] } });
    expect(result.data).toEqual({ nodes: [null, { id: regionId }] });
    expect(result.errors).toMatchObject([{ path: ["nodes", 0], extensions: { code: "INVALID_ID" } }]);
  });

  it("a lookup key holding U+0000 (a control character) is BAD_USER_INPUT naming the argument, on either database", async () => {
    const result = await post({ query: "query($code: String!) { region(code: $code) { nameZh } }", variables: { code: "5305\u000000" } });
    expect(result.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", argument: "code" });
  });

  it("Apollo's code-less refusals of persisted queries are BAD_REQUEST with their message", async () => {
    const unsupported = await post({ extensions: { persistedQuery: { version: 2 } } });
    expect([unsupported.status, unsupported.errors?.[0]]).toEqual([
      400,
      { message: "Unsupported persisted query version", extensions: { code: "BAD_REQUEST" } },
    ]);
    const mismatch = await post({ query: "{ __typename }", extensions: { persistedQuery: { version: 1, sha256Hash: "00" } } });
    expect([mismatch.status, mismatch.errors?.[0]?.extensions.code]).toEqual([400, "BAD_REQUEST"]);
  });
});
