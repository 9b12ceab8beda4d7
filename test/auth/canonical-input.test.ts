import { describe, expect, it } from "vitest";
import { articleKeys } from "../helpers/seeded-api.js";
import { postGraphQL, useTestServer } from "../helpers/test-server.js";
import { editorOf, regionCodes } from "../helpers/tokens.js";

// Every name, key and reference is brought to one canonical form at the edge (NFC, no whitespace of
// any kind at either end, no invisible or control character), and the authorization check, the
// references and the write all see that same value: no spelling of another city's name lets an
// editor write there, and no spelling of one's own name makes a second record.

const server = useTestServer();

const baoshanSource = {
  article: articleKeys.baoshan,
  excerpt: "开展了首届“保山工匠”选树工作，评选保山工匠15名，成立保山工匠创新工作室7个，安排创新工作室工作经费14万元",
};

async function send(query: string, variables: Record<string, unknown>, token?: string) {
  const response = await postGraphQL(server.url, { query, variables }, token ? { authorization: `Bearer ${token}` } : {});
  return (await response.json()) as {
    data?: Record<string, any> | null;
    errors?: { message: string; extensions?: { code?: string; argument?: string } }[];
  };
}

const createHonour = `mutation($input: CreateHonourInput!) { createHonour(input: $input) {
  __typename ... on MutationCreateHonourSuccess { data { key organisation { nameZh } } } ... on MutationError { code message } } }`;
const createDocument = `mutation($input: CreatePolicyDocumentInput!) { createPolicyDocument(input: $input) {
  __typename ... on MutationCreatePolicyDocumentSuccess { data { titleZh issuers { nameZh } } } ... on MutationError { code message } } }`;

const honour = (key: string, organisation: string) => ({
  key,
  honourTitle: "全国劳动模范",
  status: "AWARDED",
  organisation,
  region: regionCodes.baoshan,
  source: baoshanSource,
});

/** Spellings of Qujing's union that look like it, or are it once made canonical. */
const qujingSpellings = {
  "a trailing space": "曲靖市总工会 ",
  "a leading space": " 曲靖市总工会",
  "an ideographic space (U+3000)": "\u3000曲靖市总工会",
  "a no-break space (U+00A0) and a tab": "曲靖市总工会\u00a0\t",
};

describe("a Baoshan editor and another city's organisation, in any spelling", () => {
  it.each(Object.entries(qujingSpellings))("createHonour with %s is FORBIDDEN and writes nothing", async (_spelling, name) => {
    const editor = await editorOf(regionCodes.baoshan);
    const key = `test/baoshan/padded-${Buffer.from(name).toString("hex").slice(0, 16)}`;
    const result = await send(createHonour, { input: honour(key, name) }, editor);
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(result.data?.createHonour ?? null).toBeNull();
    const stored = await send(`{ honours(first: 100, filter: { regionCode: "530500" }) { nodes { key } } }`, {});
    expect(stored.errors).toBeUndefined();
    expect(stored.data?.honours.nodes.map((node: { key: string }) => node.key)).not.toContain(key);
  });

  it.each(Object.entries(qujingSpellings))("createPolicyDocument with an issuer spelled with %s is FORBIDDEN", async (_spelling, name) => {
    const editor = await editorOf(regionCodes.baoshan);
    const input = { titleZh: `测试文件${name.length}`, titleEn: "Test", kind: "NOTICE", status: "IN_FORCE", issuers: [name], source: baoshanSource };
    expect((await send(createDocument, { input }, editor)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("a name holding an invisible character (U+200B) has no canonical form: BAD_USER_INPUT naming the field, nothing written", async () => {
    const editor = await editorOf(regionCodes.baoshan);
    const result = await send(createHonour, { input: honour("test/baoshan/zero-width", "曲靖市\u200b总工会") }, editor);
    expect(result.errors).toBeUndefined();
    expect(result.data?.createHonour).toMatchObject({ __typename: "InvalidInputError", code: "BAD_USER_INPUT" });
    expect(result.data?.createHonour.message).toContain("input.organisation");
    expect(result.data?.createHonour.message).toContain("U+200B");
  });

  it("a lone surrogate anywhere in the request is BAD_USER_INPUT before anything runs, naming where", async () => {
    const editor = await editorOf(regionCodes.baoshan);
    const result = await send(createHonour, { input: honour("test/baoshan/lone-surrogate", "保山市总工会\ud800") }, editor);
    expect(result.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", argument: "$input.organisation" });
    expect(result.data ?? null).toBeNull();
  });

  it.each([
    ["a right-to-left override (U+202E)", "保山市\u202e总工会"],
    ["a NUL", "保山市\u0000总工会"],
    ["a line break inside a name", "保山市\n总工会"],
  ])("%s in a name is BAD_USER_INPUT, not an internal error", async (_what, name) => {
    const editor = await editorOf(regionCodes.baoshan);
    const result = await send(createHonour, { input: honour("test/baoshan/bad-character", name) }, editor);
    expect(result.errors).toBeUndefined();
    expect(result.data?.createHonour).toMatchObject({ __typename: "InvalidInputError", code: "BAD_USER_INPUT" });
  });

  it("the editor's own union, padded, is written once under its canonical name", async () => {
    const editor = await editorOf(regionCodes.baoshan);
    const result = await send(createHonour, { input: honour("test/baoshan/own-padded", "\u3000保山市总工会 ") }, editor);
    expect(result.errors).toBeUndefined();
    expect(result.data?.createHonour).toEqual({
      __typename: "MutationCreateHonourSuccess",
      data: { key: "test/baoshan/own-padded", organisation: { nameZh: "保山市总工会" } },
    });
    const organisations = await send(`{ organisations(first: 100) { nodes { nameZh } } }`, {});
    expect(organisations.data?.organisations.nodes.filter((o: { nameZh: string }) => o.nameZh.includes("保山市总工会"))).toEqual([{ nameZh: "保山市总工会" }]);
  });
});

describe("lookups by natural key take the canonical form too", () => {
  it("a padded name finds the record it names", async () => {
    const result = await send(`query($name: String!) { organisation(nameZh: $name) { nameZh } }`, { name: " 保山市总工会\u3000" });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ organisation: { nameZh: "保山市总工会" } });
    const filtered = await send(`{ reportedFigures(filter: { regionCode: " 530500 " }) { totalCount } }`, {});
    expect(filtered.errors).toBeUndefined();
    expect(filtered.data?.reportedFigures.totalCount).toBeGreaterThan(0);
  });

  it("a name with an invisible character is BAD_USER_INPUT naming the argument", async () => {
    const result = await send(`query($name: String!) { organisation(nameZh: $name) { nameZh } }`, { name: "保山\u200b市总工会" });
    expect(result.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", argument: "nameZh" });
  });

  it("a name with a lone surrogate is BAD_USER_INPUT naming the variable; in a literal graphql's parser refuses it", async () => {
    const result = await send(`query($name: String!) { organisation(nameZh: $name) { nameZh } }`, { name: "保山市总工会\udc00" });
    expect(result.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", argument: "$name" });
    const literal = await send(`{ organisation(nameZh: "保山市总工会\\udc00") { nameZh } }`, {});
    expect(literal.errors?.[0]?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
  });
});
