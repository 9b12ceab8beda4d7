import fs from "node:fs";
import path from "node:path";
import { composeServices } from "@apollo/composition";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { parse, stripIgnoredCharacters } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repositoryRoot } from "../../src/db/database-url.js";
import { postGraphQL, useTestServer } from "../helpers/test-server.js";
import { partnerTypeDefs, startPartnerSubgraph } from "./partner-skills-registry.js";

// The federation subgraph compatibility suite's checks (apollographql/apollo-federation-subgraph-
// compatibility, packages/compatibility/src/tests) run against this subgraph: the same requests
// and the same assertions on `_service { sdl }` and `_entities`, with our types in place of the
// suite's products schema (which this API does not serve). Its ftv1 check is in federated-trace.test.ts.

const subgraph = useTestServer();

async function subgraphRequest(query: string, variables?: Record<string, unknown>) {
  return (await (await postGraphQL(subgraph.url, { query, variables })).json()) as any;
}

async function serviceSdl(): Promise<string> {
  const response = await subgraphRequest("query { _service { sdl } }");
  expect(response.data).toMatchObject({ _service: { sdl: expect.stringContaining("type Query") } });
  return response.data._service.sdl;
}

describe("the compatibility suite's subgraph checks", () => {
  it("_service: serves its SDL, the committed one", async () => {
    // The committed file ends with a newline, as text files do.
    expect(`${await serviceSdl()}\n`).toBe(fs.readFileSync(path.join(repositoryRoot, "schema/schema.graphql"), "utf8"));
  });

  it("@link: one federation spec link, v2.0–2.7, importing only federation's names", async () => {
    const normalizedSDL = stripIgnoredCharacters(await serviceSdl());
    const links = normalizedSDL.match(/@link\(([\s\S]+?)\)/g) ?? [];
    const allowed = [
      "@authenticated",
      "@composeDirective",
      "@extends",
      "@external",
      "@inaccessible",
      "@interfaceObject",
      "@key",
      "@override",
      "@policy",
      "@provides",
      "@requires",
      "@requiresScopes",
      "@shareable",
      "@tag",
      "FieldSet",
      "Scope",
      "Policy",
    ];
    const federationLinks = links.filter((link) => /url:"https:\/\/specs\.apollo\.dev\/federation\/v(.+?)"/.test(link));
    expect(federationLinks).toHaveLength(1);
    const version = /url:"https:\/\/specs\.apollo\.dev\/federation\/v(.+?)"/.exec(federationLinks[0]!)![1];
    expect(version).toMatch(/2\.0|2\.1|2\.2|2\.3|2\.4|2\.5|2\.6|2\.7/);
    const imports = /import:\[(.+?)\]/.exec(federationLinks[0]!)![1]!.split(" ");
    for (const imported of imports) expect(allowed).toContain(imported.replaceAll('"', ""));
  });

  it("@key: applies single-field keys in the SDL and resolves each of them through _entities", async () => {
    const normalizedSDL = stripIgnoredCharacters(await serviceSdl());
    expect(normalizedSDL).toMatch(/type Region implements Node(@key|@federation__key)\(fields:"code"( resolvable:true)?\)@key\(fields:"id"\)/);
    expect(normalizedSDL).toMatch(/type Person implements Node(@key|@federation__key)\(fields:"key"( resolvable:true)?\)@key\(fields:"id"\)/);
    const { data } = await subgraphRequest(`{ person(key: "china-first-heavy/pan-huiquan") { id } }`);
    const resp = await subgraphRequest(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { ...on Region { code nameZh } ...on Person { key nameZh } } }`,
      {
        representations: [
          { __typename: "Region", code: "530500" },
          { __typename: "Person", key: "china-first-heavy/pan-huiquan" },
          { __typename: "Person", id: data.person.id },
        ],
      },
    );
    expect(resp).not.toHaveProperty("errors");
    expect(resp).toMatchObject({
      data: {
        _entities: [
          { code: "530500", nameZh: "保山市" },
          { key: "china-first-heavy/pan-huiquan", nameZh: "潘惠泉" },
          { key: "china-first-heavy/pan-huiquan", nameZh: "潘惠泉" },
        ],
      },
    });
  });

  it("@inaccessible: in the SDL as written, and queryable from the subgraph directly", async () => {
    const normalizedSDL = stripIgnoredCharacters(await serviceSdl());
    expect(normalizedSDL).not.toContain("@federation__inaccessible");
    expect(normalizedSDL).toContain("fileName:String!@inaccessible");
    const resp = await subgraphRequest(`{ sourceDocuments(first: 1) { nodes { fileName } } }`);
    expect(resp).not.toHaveProperty("errors");
    expect(resp.data.sourceDocuments.nodes[0].fileName).toBe("000_2dc913a942106495.txt");
  });

  describe("@shareable, through a router", () => {
    let partner: Awaited<ReturnType<typeof startPartnerSubgraph>>;
    let router: ApolloServer;
    beforeAll(async () => {
      partner = await startPartnerSubgraph();
      const composition = composeServices([
        { name: "reform-graph", typeDefs: parse(await serviceSdl()), url: subgraph.url },
        { name: "skills-registry", typeDefs: partnerTypeDefs, url: partner.url },
      ]);
      router = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl: composition.supergraphSdl! }) });
      await router.start();
    });
    afterAll(async () => {
      await router?.stop();
      await partner?.stop();
    });

    it("returns @shareable directives in _service sdl", async () => {
      const normalizedSDL = stripIgnoredCharacters(await serviceSdl());
      expect(normalizedSDL).toMatch(/type PageInfo(@shareable|@federation__shareable)/);
      expect(normalizedSDL).toMatch(/type Quantity(@shareable|@federation__shareable)/);
      expect(normalizedSDL).toMatch(/\):Node@shareable/);
    });

    it("resolves the @shareable types", async () => {
      const response = await router.executeOperation({
        query: `query GetRegion($code: String!) { region(code: $code) { organisations(first: 1) { pageInfo { hasNextPage hasPreviousPage } } } }`,
        variables: { code: "530500" },
      });
      if (response.body.kind !== "single") throw new Error("incremental responses are not used");
      expect(response.body.singleResult.errors).toBeUndefined();
      expect(response.body.singleResult).toMatchObject({ data: { region: { organisations: { pageInfo: { hasNextPage: true, hasPreviousPage: false } } } } });
    });
  });
});
