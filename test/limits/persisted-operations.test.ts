import { createHash } from "node:crypto";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "../../src/db/database-url.js";
import { defaultManifestFile, manifestOfOperationFiles, operationFilesIn, readManifest } from "../../src/http/limits/persisted-operations.js";
import { request } from "../client/analyst-report.js";
import { BaoshanCraftsmanStudiosDocument, HonoursByLevelDocument } from "../client/generated/graphql.js";
import { postGraphQL, useTestServer } from "../helpers/test-server.js";

const committed = readManifest(path.join(repositoryRoot, defaultManifestFile));
const server = useTestServer({ persistedOperations: committed });

const post = async (body: unknown) => {
  const response = await postGraphQL(server.url, body);
  return { status: response.status, body: (await response.json()) as any };
};
const registered = (name: string) => committed.operations.find((operation) => operation.name === name)!;

describe("schema/persisted-operations.json", () => {
  it("registers every operation in test/client/operations (run `npm run persisted-operations` after changing them)", () => {
    expect(committed).toEqual(manifestOfOperationFiles(operationFilesIn([path.join(repositoryRoot, "test/client/operations")])));
  });

  it("is Apollo's manifest format, each id the sha256 of its body", () => {
    expect(committed).toMatchObject({ format: "apollo-persisted-query-manifest", version: 1 });
    for (const operation of committed.operations) expect(operation.id).toBe(createHash("sha256").update(operation.body).digest("hex"));
  });
});

describe("a server that only runs registered operations", () => {
  it("runs a registered operation sent in full, as the typed client sends it", async () => {
    const studios = await request(server.url, BaoshanCraftsmanStudiosDocument);
    expect(studios.namedStudios.totalCount).toBe(0);
    expect(await request(server.url, HonoursByLevelDocument, { indicators: ["honours.units"] })).toMatchObject({ qujing: { nodes: [] } });
  });

  it("runs a registered operation sent by its hash alone (Apollo's persisted query wire format)", async () => {
    const { id } = registered("BaoshanCraftsmanStudios");
    const { status, body } = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: id } } });
    expect([status, body.errors]).toEqual([200, undefined]);
    expect(body.data.namedStudios).toEqual({ totalCount: 0 });
  });

  it("refuses any other document with 400 and PERSISTED_QUERY_NOT_REGISTERED, also when it comes with its hash", async () => {
    const query = `query Regions { regions(first: 1) { totalCount } }`;
    const refused = await post({ query });
    expect(refused.status).toBe(400);
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors[0].extensions).toEqual({ code: "PERSISTED_QUERY_NOT_REGISTERED" });
    expect(refused.body.errors[0].message).toMatch(/only runs registered operations, and operation Regions is not one of its 8/);
    const sha256Hash = createHash("sha256").update(query).digest("hex");
    const registering = await post({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect([registering.status, registering.body.errors[0].extensions.code]).toEqual([400, "PERSISTED_QUERY_NOT_REGISTERED"]);
  });

  it("answers an unknown hash as Apollo's protocol does, asking for the full text (which is then refused)", async () => {
    const { body } = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } });
    expect(body.errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
  });
});
