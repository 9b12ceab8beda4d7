import { describe, expect, it } from "vitest";
import { articleKeys } from "../helpers/seeded-api.js";
import { postGraphQL, useTestServer } from "../helpers/test-server.js";
import { editorOf, regionCodes, signToken } from "../helpers/tokens.js";

// Access control over HTTP with real signed tokens, for every mutation: who may write where,
// and how bad credentials are refused.

const server = useTestServer();

/** The Qujing article's sentence on the documents its union issued: the source of every Qujing test record below. */
const qujingSource = {
  article: articleKeys.qujing,
  excerpt:
    "曲靖市总工会印发了《曲靖市职工职业技能竞赛管理实施意见（试行）》、《曲靖市职工技术创新成果评选奖励管理实施意见（暂行）》、《曲靖市职工创新项目补助资金管理实施意见（试行）》等3个文件",
};

/** One valid Qujing record per writable kind, made up for this test and cited to the sentence above. */
const qujingRecords: Record<string, (suffix: string) => Record<string, unknown>> = {
  ReportedFigure: (suffix) => ({
    key: `test/qujing/figure-${suffix}`,
    indicator: "policy_documents.issued",
    region: regionCodes.qujing,
    statedAs: "3个文件",
    qualifier: "EXACT",
    value: 3,
  }),
  Honour: (suffix) => ({
    key: `test/qujing/honour-${suffix}`,
    honourTitle: "全国劳动模范",
    status: "AWARDED",
    organisation: "曲靖市总工会",
    region: regionCodes.qujing,
  }),
  CraftsmanStudio: (suffix) => ({ nameZh: `测试工作室${suffix}`, nameEn: `Test studio ${suffix}`, region: regionCodes.qujing, host: "曲靖市总工会" }),
  DemonstrationPoint: (suffix) => ({ nameZh: `测试示范点${suffix}`, nameEn: `Test point ${suffix}`, region: regionCodes.qujing }),
  InnovationProject: (suffix) => ({ nameZh: `测试项目${suffix}`, nameEn: `Test project ${suffix}`, status: "FUNDED", region: regionCodes.qujing }),
  FundingAllocation: (suffix) => ({
    key: `test/qujing/funding-${suffix}`,
    region: regionCodes.qujing,
    purpose: "COMPETITION_SUBSIDIES",
    descriptionZh: "测试",
    descriptionEn: "Test",
    statedAs: "3个文件",
    qualifier: "EXACT",
    value: 3,
  }),
  PolicyDocument: (suffix) => ({
    titleZh: `测试文件${suffix}`,
    titleEn: `Test document ${suffix}`,
    kind: "NOTICE",
    status: "IN_FORCE",
    issuers: ["曲靖市总工会"],
  }),
};

const answer = (kind: string, verb: string) =>
  `{ __typename ... on Mutation${verb}${kind}Success { data { id version } } ... on MutationError { code message } }`;
const create = (kind: string) => `mutation($input: Create${kind}Input!) { create${kind}(input: $input) ${answer(kind, "Create")} }`;
const update = (kind: string) => `mutation($input: Update${kind}Input!) { update${kind}(input: $input) ${answer(kind, "Update")} }`;
const retire = (kind: string) => `mutation($input: Retire${kind}Input!) { retire${kind}(input: $input) ${answer(kind, "Retire")} }`;

async function send(query: string, variables: Record<string, unknown>, token?: string) {
  const response = await postGraphQL(server.url, { query, variables }, token ? { authorization: `Bearer ${token}` } : {});
  return {
    status: response.status,
    body: (await response.json()) as { data?: Record<string, any> | null; errors?: { message: string; extensions?: { code?: string } }[] },
  };
}

const codeOf = (result: Awaited<ReturnType<typeof send>>) => result.body.errors?.[0]?.extensions?.code;

describe.each(Object.keys(qujingRecords))("%s mutations", (kind) => {
  const field = (verb: string) => `${verb}${kind}`;

  it("are for editors inside the record's region and admins only", async () => {
    const [admin, analyst, baoshanEditor, qujingEditor, yunnanEditor] = await Promise.all([
      signToken({ sub: "admin-1", role: "admin" }),
      signToken({ sub: "analyst-1", role: "analyst" }),
      editorOf(regionCodes.baoshan),
      editorOf(regionCodes.qujing),
      editorOf(regionCodes.yunnan),
    ]);
    const input = (suffix: string) => ({ ...qujingRecords[kind]!(suffix), source: qujingSource });

    const made = await send(create(kind), { input: input("a") }, admin);
    expect(made.body.errors).toBeUndefined();
    const { id, version } = made.body.data![field("create")].data;
    expect(version).toBe(1);

    for (const [token, code] of [
      [undefined, "UNAUTHENTICATED"],
      [analyst, "FORBIDDEN"],
      [baoshanEditor, "FORBIDDEN"],
    ] as const) {
      expect(codeOf(await send(create(kind), { input: input("b") }, token))).toBe(code);
      expect(codeOf(await send(update(kind), { input: { ...input("a"), id, version: 1 } }, token))).toBe(code);
      expect(codeOf(await send(retire(kind), { input: { id, version: 1 } }, token))).toBe(code);
    }

    const updated = await send(update(kind), { input: { ...input("a"), id, version: 1 } }, qujingEditor);
    expect(updated.body.data![field("update")].data.version).toBe(2);
    // A province editor's subtree holds Qujing too.
    const retired = await send(retire(kind), { input: { id, version: 2 } }, yunnanEditor);
    expect(retired.body.data![field("retire")].data.version).toBe(3);
  });
});

describe("bearer tokens", () => {
  const read = `{ region(code: "530500") { nameZh } }`;

  it("reads as the public without a token and as the role of a valid one", async () => {
    expect((await send(read, {})).body.data).toEqual({ region: { nameZh: "保山市" } });
    expect((await send(read, {}, await signToken({ sub: "analyst-1", role: "analyst" }))).status).toBe(200);
  });

  it.each([
    ["an expired token", () => signToken({ sub: "analyst-1", role: "analyst" }, { expiresIn: "-1m" }), /expired/],
    [
      "a token signed with another secret",
      () => signToken({ sub: "analyst-1", role: "analyst" }, { secret: "not-the-server-secret-but-long-enough-32" }),
      /signature/,
    ],
    ["a token with an unknown role", () => signToken({ sub: "someone", role: "superuser" }), /claims/],
    ["an editor token without its region", () => signToken({ sub: "editor-x", role: "editor" }), /region/],
    ["a token that is not a JWT", async () => "not-a-jwt", /could not be verified/],
  ])("refuses %s with 401 UNAUTHENTICATED, whatever the operation", async (_case, token, reason) => {
    const result = await send(read, {}, await token());
    expect(result.status).toBe(401);
    expect(codeOf(result)).toBe("UNAUTHENTICATED");
    expect(result.body.errors?.[0]?.message).toMatch(reason);
    expect(result.body.data ?? null).toBeNull();
  });

  it("refuses an Authorization header that is not a bearer token", async () => {
    const response = await postGraphQL(server.url, { query: read }, { authorization: "Basic dXNlcjpwYXNz" });
    expect(response.status).toBe(401);
  });
});

describe("auditEntries", () => {
  const audit = `{ auditEntries(first: 5, filter: { entity: "reportedFigure" }) { totalCount nodes { actor role operation entityKey before after } } }`;

  it("shows admins every write with its before and after, and nobody else", async () => {
    const admin = await signToken({ sub: "admin-1", role: "admin" });
    const entries = (await send(audit, {}, admin)).body.data!.auditEntries;
    expect(entries.totalCount).toBeGreaterThan(0);
    expect(entries.nodes[0]).toMatchObject({ entityKey: expect.stringMatching(/^test\/qujing\/figure-a$/), operation: expect.stringMatching(/Figure$/) });
    expect(entries.nodes.find((entry: { operation: string }) => entry.operation === "createReportedFigure")).toMatchObject({
      actor: "admin-1",
      role: "admin",
      before: null,
      after: { key: "test/qujing/figure-a", value: "3" },
    });

    expect(codeOf(await send(audit, {}, await signToken({ sub: "analyst-1", role: "analyst" })))).toBe("FORBIDDEN");
    expect(codeOf(await send(audit, {}, await editorOf(regionCodes.baoshan)))).toBe("FORBIDDEN");
    expect(codeOf(await send(audit, {}))).toBe("UNAUTHENTICATED");
  });

  it("hides an audit entry fetched by its global ID from everyone but admins, in node, nodes and _entities alike", async () => {
    const admin = await signToken({ sub: "admin-1", role: "admin" });
    const [entry] = (await send(`{ auditEntries(first: 1) { nodes { id actor } } }`, {}, admin)).body.data!.auditEntries.nodes;
    const byId = `query($id: ID!, $ids: [ID!]!, $representations: [_Any!]!) {
      node(id: $id) { id ... on AuditEntry { actor } }
      nodes(ids: $ids) { id ... on AuditEntry { actor } }
      _entities(representations: $representations) { ... on AuditEntry { id actor } }
    }`;
    // Not even whether an entry exists: asked for only its type, an existing and a missing one answer alike.
    const missing = Buffer.from("AuditEntry:2147483000").toString("base64url");
    const existence = `query($ids: [ID!]!, $representations: [_Any!]!) {
      nodes(ids: $ids) { __typename }
      _entities(representations: $representations) { __typename }
    }`;
    const both = { ids: [entry.id, missing], representations: [entry.id, missing].map((id) => ({ __typename: "AuditEntry", id })) };
    for (const token of [await signToken({ sub: "analyst-1", role: "analyst" }), undefined]) {
      const asked = (await send(existence, both, token)).body;
      expect(asked.data).toEqual({ nodes: [null, null], _entities: [null, null] });
      expect(new Set(asked.errors?.map((error: any) => error.extensions.code))).toEqual(new Set([token ? "FORBIDDEN" : "UNAUTHENTICATED"]));
      expect(asked.errors).toHaveLength(4);
    }
    const representations = [{ __typename: "AuditEntry", id: entry.id }];
    const asAdmin = (await send(byId, { id: entry.id, ids: [entry.id, entry.id], representations }, admin)).body;
    expect(asAdmin.errors).toBeUndefined();
    expect(asAdmin.data).toEqual({ node: entry, nodes: [entry, entry], _entities: [entry] });
    for (const token of [await signToken({ sub: "analyst-1", role: "analyst" }), await editorOf(regionCodes.qujing), undefined]) {
      const refused = (await send(byId, { id: entry.id, ids: [entry.id], representations }, token)).body;
      expect(JSON.stringify(refused.data ?? null)).not.toContain(entry.actor);
      expect(refused.errors?.length).toBeGreaterThan(0);
      for (const error of refused.errors ?? []) expect(["FORBIDDEN", "UNAUTHENTICATED"]).toContain(error.extensions?.code);
    }
  });
});
