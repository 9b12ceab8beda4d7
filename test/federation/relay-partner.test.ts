import { composeServices as composeWithApollo } from "@apollo/composition";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { createGatewayRuntime, type GatewayRuntime } from "@graphql-hive/gateway-runtime";
import { composeServices as composeWithTheGuild } from "@theguild/federation-composition";
import { type DocumentNode, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { printedSchema } from "../../src/graphql/schema.js";
import { postGraphQL, useTestServer } from "../helpers/test-server.js";
import { partnerNodeType, relayId, relayPartnerTypeDefs, startRelayPartner } from "./relay-partner.js";

// A Relay-style partner that defines its own Query.node: composed with ours by Apollo's and by
// The Guild's composition, and run through Apollo Gateway and Hive Gateway's runtime, each answering
// node(id:) and nodes(ids:) for our IDs, the partner's and both at once.

const subgraph = useTestServer({ partnerNodeTypes: [partnerNodeType] });
let partner: Awaited<ReturnType<typeof startRelayPartner>>;
let ours: { regionId: string; personId: string };
let ourSdl: string;
const courseId = relayId(partnerNodeType, "TC-1");

async function ask(query: string) {
  const body = (await (await postGraphQL(subgraph.url, { query })).json()) as any;
  expect(body.errors).toBeUndefined();
  return body.data;
}

function services(sdl: string): { name: string; typeDefs: DocumentNode; url: string }[] {
  return [
    { name: "reform-graph", typeDefs: parse(sdl), url: subgraph.url },
    { name: "training-register", typeDefs: relayPartnerTypeDefs, url: partner.url },
  ];
}

const composers = {
  "Apollo composition": (sdl: string) => composeWithApollo(services(sdl)),
  "The Guild's composition": (sdl: string) => composeWithTheGuild(services(sdl)),
};

beforeAll(async () => {
  const data = await ask(`{ region(code: "530500") { id } person(key: "china-first-heavy/pan-huiquan") { id } _service { sdl } }`);
  ours = { regionId: data.region.id, personId: data.person.id };
  ourSdl = data._service.sdl;
  partner = await startRelayPartner(ours.regionId);
});

afterAll(async () => {
  await partner?.stop();
});

describe("composition with a Relay-style partner", () => {
  it("serves the partner's Node types as stand-ins in _service.sdl, not in the committed SDL", () => {
    expect(ourSdl).toMatch(/type TrainingCourse implements Node\s+@key\(fields: "id", resolvable: false\)\s+\{\s+id: ID!\s+\}/);
    expect(ourSdl).toMatch(/node\(\s+"""[^"]+"""\s+id: ID!\s+\): Node @shareable/);
    expect(printedSchema()).not.toContain("TrainingCourse");
  });

  for (const [composer, compose] of Object.entries(composers)) {
    it(`composes with ${composer}`, () => {
      const result = compose(ourSdl);
      expect(result.errors ?? []).toEqual([]);
      expect(result.supergraphSdl).toMatch(/type TrainingCourse implements Node/);
    });
  }
});

describe("our subgraph asked directly, as a router would", () => {
  async function post(query: string, variables?: Record<string, unknown>) {
    return (await (await postGraphQL(subgraph.url, { query, variables })).json()) as any;
  }

  it("answers the partner's IDs with stand-ins, and anything else by position with an error", async () => {
    const zeroWidth = `${courseId.slice(0, 4)}\u200b${courseId.slice(4)}`;
    const body = await post(`query ($ids: [ID!]!) { nodes(ids: $ids) { id __typename } }`, {
      ids: [
        courseId,
        Buffer.from(`${partnerNodeType}:TC-1`).toString("base64url"),
        relayId("Survey", "S-1"),
        ` ${courseId}`,
        zeroWidth,
        relayId(partnerNodeType, ""),
        ours.regionId,
      ],
    });
    expect(body.data.nodes).toEqual([
      { id: courseId, __typename: partnerNodeType },
      { id: Buffer.from(`${partnerNodeType}:TC-1`).toString("base64url"), __typename: partnerNodeType },
      null,
      null,
      null,
      null,
      { id: ours.regionId, __typename: "Region" },
    ]);
    expect(body.errors.map((error: any) => [error.path[1], error.extensions.code])).toEqual([
      [2, "INVALID_ID"],
      [3, "INVALID_ID"],
      [4, "INVALID_ID"],
      [5, "INVALID_ID"],
    ]);
  });

  it("resolves _entities by global ID for every Node type, and by natural key as before", async () => {
    const body = await post(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) { __typename ... on Region { code } ... on Person { nameZh } } }`,
      {
        representations: [
          { __typename: "Region", id: ours.regionId },
          { __typename: "Person", id: ours.personId },
          { __typename: "Region", id: ours.personId },
          { __typename: "Region", id: "not-an-id" },
          // The same record's id with a leading zero is not its ID.
          { __typename: "Region", id: Buffer.from(`Region:0${Buffer.from(ours.regionId, "base64url").toString().split(":")[1]}`).toString("base64url") },
          { __typename: "Region", code: "530500" },
        ],
      },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data._entities).toEqual([
      { __typename: "Region", code: "530500" },
      { __typename: "Person", nameZh: "潘惠泉" },
      null,
      null,
      null,
      { __typename: "Region", code: "530500" },
    ]);
  });

  it("refuses a representation of a stand-in (nothing of it is ours), one with neither key, one with both", async () => {
    for (const [representation, message] of [
      [{ __typename: partnerNodeType, id: courseId }, /names no entity type/],
      [{ __typename: "Region", nameZh: "保山市" }, /needs its key code, or id as a string/],
      [{ __typename: "Region", code: "530300", id: ours.regionId }, /carries two keys \(code, id\): send one/],
    ] as const) {
      const body = await post(`query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }`, { r: [representation] });
      expect(body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
      expect(body.errors[0].message).toMatch(message);
    }
  });
});

type Gateway = { run: (query: string) => Promise<any>; stop: () => Promise<void> };

const gateways: Record<string, (supergraphSdl: string) => Promise<Gateway>> = {
  "Apollo Gateway": async (supergraphSdl) => {
    const server = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl }) });
    await server.start();
    return {
      run: async (query) => {
        const response = await server.executeOperation({ query });
        if (response.body.kind !== "single") throw new Error("incremental responses are not used");
        return response.body.singleResult;
      },
      stop: () => server.stop(),
    };
  },
  "Hive Gateway": async (supergraphSdl) => {
    // Hive's logger refuses our LOG_LEVEL=silent (it knows trace … error); ours read the variable
    // when it was imported, so without it Hive goes by logging: false and ours stays silent.
    delete process.env.LOG_LEVEL;
    const runtime: GatewayRuntime = createGatewayRuntime({ supergraph: supergraphSdl, logging: false });
    return {
      run: async (query) => {
        const response = await runtime.fetch("http://gateway.invalid/graphql", {
          method: "POST",
          headers: { "content-type": "application/json", accept: "application/json" },
          body: JSON.stringify({ query }),
        });
        return response.json();
      },
      stop: async () => {
        await runtime[Symbol.asyncDispose]();
      },
    };
  },
};

for (const [composer, compose] of Object.entries(composers)) {
  for (const [gatewayName, startGateway] of Object.entries(gateways)) {
    describe(`${gatewayName} over ${composer}`, () => {
      let gateway: Gateway;
      beforeAll(async () => {
        gateway = await startGateway(compose(ourSdl).supergraphSdl!);
      });
      afterAll(async () => {
        await gateway?.stop();
      });

      async function answer(query: string) {
        const result = await gateway.run(query);
        expect(result.errors).toBeUndefined();
        return result.data;
      }

      it("node(id:) with one of our IDs: our record", async () => {
        const data = await answer(`{ node(id: "${ours.regionId}") { id __typename ... on Region { code nameZh } ... on ${partnerNodeType} { title } } }`);
        expect(data.node).toEqual({ id: ours.regionId, __typename: "Region", code: "530500", nameZh: "保山市" });
      });

      it("node(id:) with the partner's ID: its record, and ours it points to", async () => {
        const data = await answer(`{ node(id: "${courseId}") { id ... on ${partnerNodeType} { title hours region { code nameZh } } } }`);
        expect(data.node).toEqual({ id: courseId, title: "清障员 technician course", hours: 40, region: { code: "530500", nameZh: "保山市" } });
      });

      it("node(id:) asking only for the ID and type, whichever subgraph the router picks", async () => {
        for (const [id, typename] of [
          [ours.regionId, "Region"],
          [courseId, partnerNodeType],
          [ours.personId, "Person"],
        ]) {
          const data = await answer(`{ node(id: "${id}") { id __typename } }`);
          expect(data.node).toEqual({ id, __typename: typename });
        }
      });

      it("nodes(ids:) mixing both subgraphs' IDs, in the order given", async () => {
        const data = await answer(`{
          nodes(ids: ["${ours.regionId}", "${courseId}", "${ours.personId}"]) {
            id __typename
            ... on Region { code }
            ... on ${partnerNodeType} { title }
            ... on Person { nameZh employer { nameZh } }
          }
        }`);
        expect(data.nodes).toEqual([
          { id: ours.regionId, __typename: "Region", code: "530500" },
          { id: courseId, __typename: partnerNodeType, title: "清障员 technician course" },
          { id: ours.personId, __typename: "Person", nameZh: "潘惠泉", employer: { nameZh: "中国一重" } },
        ]);
      });

      it("the partner's list reaching into ours through the ID key", async () => {
        const data = await answer(`{ trainingCourses { title region { id code organisations(first: 1) { totalCount } } } }`);
        expect(data.trainingCourses).toEqual([
          { title: "清障员 technician course", region: { id: ours.regionId, code: "530500", organisations: { totalCount: expect.any(Number) } } },
        ]);
        expect(data.trainingCourses[0].region.organisations.totalCount).toBeGreaterThan(0);
      });
    });
  }
}
