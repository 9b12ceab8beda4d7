import { describe, expect, it } from "vitest";
import { publicViewer, viewerOf } from "../../src/auth/viewer.js";
import { latestFigureMarks } from "../helpers/fixtures.js";
import { onlyError } from "../helpers/graphql.js";
import { articleKeys, baoshanHonoursExcerpt, baoshanMedalsFigure, useSeededApi } from "../helpers/seeded-api.js";
import { regionCodes } from "../helpers/tokens.js";

// The write path through one kind of record, in-process through Apollo's pipeline: who may
// write where, what is validated, versions, retirement and the audit trail.

const api = useSeededApi();
const baoshanEditor = viewerOf("editor", "editor-baoshan", regionCodes.baoshan);
const qujingEditor = viewerOf("editor", "editor-qujing", regionCodes.qujing);
const analyst = viewerOf("analyst", "analyst-1");
const admin = viewerOf("admin", "admin-1");

const qujingExcerpt =
  "曲靖市总工会印发了《曲靖市职工职业技能竞赛管理实施意见（试行）》、《曲靖市职工技术创新成果评选奖励管理实施意见（暂行）》、《曲靖市职工创新项目补助资金管理实施意见（试行）》等3个文件";

const figureFields = "id key version retiredAt retiredBy honourStatus quantity { qualifier value statedAs } region { code } source { excerpt article { key } }";
const problems = "... on InvalidInputError { problems { field message } }";
const versions = "... on StaleVersionError { expectedVersion currentVersion }";
const refusal = "__typename ... on MutationError { code message }";

const create = `mutation($input: CreateReportedFigureInput!) {
  createReportedFigure(input: $input) { ... on MutationCreateReportedFigureSuccess { data { ${figureFields} } } ${refusal} ${problems} }
}`;
const update = `mutation($input: UpdateReportedFigureInput!) {
  updateReportedFigure(input: $input) { ... on MutationUpdateReportedFigureSuccess { data { ${figureFields} } } ${refusal} ${problems} ${versions} }
}`;
const retire = `mutation($input: RetireReportedFigureInput!) {
  retireReportedFigure(input: $input) { ... on MutationRetireReportedFigureSuccess { data { ${figureFields} } } ${refusal} ${versions} }
}`;

async function storedFigure(key: string) {
  return api.database.handle.db.reportedFigure.findUnique({ where: { key } });
}

describe("createReportedFigure", () => {
  it("lets a city editor add a figure in its own region, sourced, at version 1, with an audit entry", async () => {
    const result = await api.run(create, { input: baoshanMedalsFigure("test/baoshan/medals-awarded") }, baoshanEditor);
    expect(result.errors).toBeUndefined();
    const figure = result.data.createReportedFigure.data;
    expect(figure).toMatchObject({ key: "test/baoshan/medals-awarded", version: 1, retiredAt: null, region: { code: "530500" } });
    expect(figure.quantity).toEqual({ qualifier: "EXACT", value: 6, statedAs: "6名" });
    expect(figure.source.article.key).toBe(articleKeys.baoshan);
    expect(figure.source.excerpt).toContain(baoshanHonoursExcerpt);

    const audit = await api.database.handle.db.auditEntry.findMany({ where: { entityKey: "test/baoshan/medals-awarded" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: "editor-baoshan", role: "editor", operation: "createReportedFigure", entity: "reportedFigure", before: null });
    expect(JSON.parse(audit[0]!.after!)).toMatchObject({ key: "test/baoshan/medals-awarded", value: "6", version: 1 });
  });

  it("refuses a Baoshan editor writing Qujing data, and writes nothing", async () => {
    const input = {
      ...baoshanMedalsFigure("test/qujing/documents"),
      indicator: "policy_documents.issued",
      region: regionCodes.qujing,
      statedAs: "3个文件",
      value: 3,
      honourTitle: null,
      honourStatus: null,
      source: { article: articleKeys.qujing, excerpt: qujingExcerpt },
    };
    const refused = await api.run(create, { input }, baoshanEditor);
    expect(onlyError(refused).extensions?.code).toBe("FORBIDDEN");
    expect(await storedFigure("test/qujing/documents")).toBeNull();

    const allowed = await api.run(create, { input }, qujingEditor);
    expect(allowed.data.createReportedFigure.data.region.code).toBe("530300");
  });

  it("refuses a figure about an organisation of another city, placed through the organisation", async () => {
    const input = {
      ...baoshanMedalsFigure("test/qujing/ftu-documents"),
      indicator: "policy_documents.issued",
      region: null,
      organisation: "曲靖市总工会",
      statedAs: "3个文件",
      value: 3,
      honourTitle: null,
      honourStatus: null,
      source: { article: articleKeys.qujing, excerpt: qujingExcerpt },
    };
    expect(onlyError(await api.run(create, { input }, baoshanEditor)).extensions?.code).toBe("FORBIDDEN");
  });

  it("tells an anonymous caller to authenticate and an analyst that it may not write", async () => {
    const input = baoshanMedalsFigure("test/baoshan/anonymous");
    expect(onlyError(await api.run(create, { input }, publicViewer)).extensions?.code).toBe("UNAUTHENTICATED");
    expect(onlyError(await api.run(create, { input }, analyst)).extensions?.code).toBe("FORBIDDEN");
    expect(await storedFigure("test/baoshan/anonymous")).toBeNull();
  });

  it("answers every problem of a bad input at once, naming its field", async () => {
    const input = {
      ...baoshanMedalsFigure("test/baoshan/bad"),
      value: 7,
      indicator: "no.such_indicator",
      source: { article: articleKeys.baoshan, excerpt: "这句话不在文章里" },
    };
    const result = await api.run(create, { input }, baoshanEditor);
    expect(result.errors).toBeUndefined();
    const answer = result.data.createReportedFigure;
    expect(answer).toMatchObject({ __typename: "InvalidInputError", code: "BAD_USER_INPUT" });
    const fields = answer.problems.map((problem: { field: string }) => problem.field);
    expect(fields).toEqual(expect.arrayContaining(["input.source.excerpt", "input.statedAs", "input.value", "input.indicator"]));
    expect(await storedFigure("test/baoshan/bad")).toBeNull();
  });

  it("lets exactly one of six simultaneous creates of one key through; the others are told the key is taken", async () => {
    const answers = await Promise.all(
      ["AWARDED", "RECOMMENDED", "REVOKED", "AWARDED", "RECOMMENDED", "REVOKED"].map((honourStatus, editor) =>
        api.run(
          create,
          { input: { ...baoshanMedalsFigure("test/baoshan/simultaneous"), honourStatus } },
          viewerOf("editor", `editor-${editor}`, regionCodes.baoshan),
        ),
      ),
    );
    const results = answers.map((answer) => answer.data.createReportedFigure);
    const winners = results.filter((result) => result.data);
    expect(winners).toHaveLength(1);
    expect(results.filter((result) => result.code === "ALREADY_EXISTS")).toHaveLength(5);
    // What is stored is what the one acknowledged create wrote: no refused create wrote over it.
    expect((await storedFigure("test/baoshan/simultaneous"))?.honourStatus).toBe(winners[0].data.honourStatus);
    const audit = await api.database.handle.db.auditEntry.findMany({ where: { entityKey: "test/baoshan/simultaneous" } });
    expect(audit).toHaveLength(1);
    expect((await storedFigure("test/baoshan/simultaneous"))?.version).toBe(1);
  });

  it("refuses a key that is taken", async () => {
    const input = baoshanMedalsFigure("test/baoshan/taken");
    await api.run(create, { input }, baoshanEditor);
    const again = await api.run(create, { input }, baoshanEditor);
    expect(again.data.createReportedFigure).toMatchObject({ __typename: "DuplicateRecordError", code: "ALREADY_EXISTS" });
  });
});

describe("updateReportedFigure and retireReportedFigure", () => {
  async function created(key: string) {
    const result = await api.run(create, { input: baoshanMedalsFigure(key) }, baoshanEditor);
    return result.data.createReportedFigure.data as { id: string; version: number };
  }

  it("replaces the record at the version read and raises the version; a stale version is refused and overwrites nothing", async () => {
    const { id } = await created("test/baoshan/versioned");
    const changed = { ...baoshanMedalsFigure("test/baoshan/versioned"), honourStatus: "RECOMMENDED" };
    const first = await api.run(update, { input: { ...changed, id, version: 1 } }, baoshanEditor);
    expect(first.data.updateReportedFigure.data.version).toBe(2);

    const stale = await api.run(
      update,
      { input: { ...baoshanMedalsFigure("test/baoshan/versioned"), honourStatus: "REVOKED", id, version: 1 } },
      baoshanEditor,
    );
    expect(stale.data.updateReportedFigure).toMatchObject({ __typename: "StaleVersionError", code: "STALE_VERSION", expectedVersion: 1, currentVersion: 2 });
    expect((await storedFigure("test/baoshan/versioned"))?.honourStatus).toBe("RECOMMENDED");

    const audit = await api.database.handle.db.auditEntry.findMany({ where: { entityKey: "test/baoshan/versioned" }, orderBy: { id: "asc" } });
    expect(audit.map((entry) => entry.operation)).toEqual(["createReportedFigure", "updateReportedFigure"]);
    expect(JSON.parse(audit[1]!.before!).honourStatus).toBe("AWARDED");
    expect(JSON.parse(audit[1]!.after!).honourStatus).toBe("RECOMMENDED");
  });

  it("lets exactly one of two editors racing on the same version win; the other is told", async () => {
    const { id } = await created("test/baoshan/raced");
    const editorA = viewerOf("editor", "editor-a", regionCodes.baoshan);
    const editorB = viewerOf("editor", "editor-b", regionCodes.baoshan);
    const [a, b] = await Promise.all([
      api.run(update, { input: { ...baoshanMedalsFigure("test/baoshan/raced"), honourStatus: "RECOMMENDED", id, version: 1 } }, editorA),
      api.run(update, { input: { ...baoshanMedalsFigure("test/baoshan/raced"), honourStatus: "REVOKED", id, version: 1 } }, editorB),
    ]);
    const answers = [a.data.updateReportedFigure, b.data.updateReportedFigure];
    const winners = answers.filter((answer) => answer.data);
    expect(winners).toHaveLength(1);
    expect(answers.filter((answer) => answer.code === "STALE_VERSION")).toHaveLength(1);
    const stored = await storedFigure("test/baoshan/raced");
    expect(stored?.honourStatus).toBe(winners[0].data.honourStatus);
    expect(stored?.version).toBe(2);
  });

  it("refuses to change a record's key", async () => {
    const { id } = await created("test/baoshan/keyed");
    const result = await api.run(update, { input: { ...baoshanMedalsFigure("test/baoshan/renamed"), id, version: 1 } }, baoshanEditor);
    expect(result.data.updateReportedFigure).toMatchObject({ __typename: "InvalidInputError", problems: [{ field: "input.key" }] });
    expect(await storedFigure("test/baoshan/renamed")).toBeNull();
  });

  it("retires a record with who and when, shows who only to analysts and admins, and refuses changes after", async () => {
    const { id } = await created("test/baoshan/retired");
    const retired = await api.run(retire, { input: { id, version: 1 } }, baoshanEditor);
    const figure = retired.data.retireReportedFigure.data;
    expect(figure.version).toBe(2);
    expect(new Date(figure.retiredAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(figure.retiredBy).toBeNull();

    const read = `query($id: ID!) { node(id: $id) { ... on ReportedFigure { retiredAt retiredBy } } }`;
    expect((await api.run(read, { id }, analyst)).data.node.retiredBy).toBe("editor-baoshan");
    expect((await api.run(read, { id }, admin)).data.node.retiredBy).toBe("editor-baoshan");
    expect((await api.run(read, { id }, publicViewer)).data.node).toMatchObject({ retiredBy: null });
    expect((await storedFigure("test/baoshan/retired"))?.retiredAt).not.toBeNull();

    const again = await api.run(retire, { input: { id, version: 2 } }, baoshanEditor);
    expect(again.data.retireReportedFigure).toMatchObject({ __typename: "RetiredRecordError", code: "RECORD_RETIRED" });
    const changed = await api.run(update, { input: { ...baoshanMedalsFigure("test/baoshan/retired"), id, version: 2 } }, baoshanEditor);
    expect(changed.data.updateReportedFigure).toMatchObject({ __typename: "RetiredRecordError" });
  });

  it("keeps a Qujing editor from updating or retiring a Baoshan figure", async () => {
    const { id } = await created("test/baoshan/guarded");
    expect(onlyError(await api.run(retire, { input: { id, version: 1 } }, qujingEditor)).extensions?.code).toBe("FORBIDDEN");
    expect(onlyError(await api.run(update, { input: { ...baoshanMedalsFigure("test/baoshan/guarded"), id, version: 1 } }, qujingEditor)).extensions?.code).toBe(
      "FORBIDDEN",
    );
    expect((await storedFigure("test/baoshan/guarded"))?.version).toBe(1);
  });

  it("answers INVALID_ID for the ID of another type of record", async () => {
    const region = Buffer.from("Region:1").toString("base64url");
    expect(onlyError(await api.run(retire, { input: { id: region, version: 1 } }, admin)).extensions).toMatchObject({ code: "INVALID_ID", id: region });
  });

  it("answers NOT_FOUND to an admin for an ID that names no record", async () => {
    const missing = Buffer.from("ReportedFigure:999999").toString("base64url");
    const result = await api.run(retire, { input: { id: missing, version: 1 } }, admin);
    expect(result.data.retireReportedFigure).toMatchObject({ __typename: "RecordNotFoundError", code: "NOT_FOUND" });
  });
});

it("keeps the latest report of each facet marked through every create, update and retirement above", async () => {
  const { marked, recounted } = await latestFigureMarks(api.database.handle.db);
  expect(marked).toEqual(recounted);
  expect(marked.length).toBeGreaterThan(30);
});
