import fs from "node:fs";
import path from "node:path";
import { composeServices } from "@apollo/composition";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repositoryRoot } from "../../src/db/database-url.js";
import { useTestServer } from "../helpers/test-server.js";
import { partnerFixtures, partnerTypeDefs, startPartnerSubgraph } from "./partner-skills-registry.js";

// Our committed subgraph SDL, composed with a partner's, behind a real gateway on localhost.

const committedSdl = fs.readFileSync(path.join(repositoryRoot, "schema/schema.graphql"), "utf8");

function compose(ourUrl: string, partnerUrl: string) {
  return composeServices([
    { name: "reform-graph", typeDefs: parse(committedSdl), url: ourUrl },
    { name: "skills-registry", typeDefs: partnerTypeDefs, url: partnerUrl },
  ]);
}

const subgraph = useTestServer();
let partner: Awaited<ReturnType<typeof startPartnerSubgraph>>;
let gateway: ApolloServer;

beforeAll(async () => {
  partner = await startPartnerSubgraph();
  const composition = compose(subgraph.url, partner.url);
  if (composition.errors) throw new Error(composition.errors.map((e) => e.message).join("\n"));
  gateway = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl: composition.supergraphSdl }) });
  await gateway.start();
});

afterAll(async () => {
  await gateway?.stop();
  await partner?.stop();
});

async function throughGateway(query: string) {
  const response = await gateway.executeOperation({ query });
  if (response.body.kind !== "single") throw new Error("incremental responses are not used");
  expect(response.body.singleResult.errors).toBeUndefined();
  return response.body.singleResult.data as any;
}

describe("Apollo Federation v2", () => {
  it("composes our committed SDL with a partner subgraph, exposing our entities by natural key", () => {
    const composition = compose("http://reform-graph.invalid/graphql", "http://partner.invalid/graphql");
    expect(composition.errors).toBeUndefined();
    const supergraph = composition.supergraphSdl!;
    for (const [type, key] of [
      ["Region", "code"],
      ["Organisation", "nameZh"],
      ["PolicyDocument", "titleZh"],
      ["Person", "key"],
      ["Honour", "key"],
      ["CraftsmanStudio", "nameZh"],
      ["DemonstrationPoint", "nameZh"],
      ["InnovationProject", "nameZh"],
      ["SkillCompetition", "nameZh"],
    ]) {
      expect(supergraph).toMatch(new RegExp(`type ${type}[^{]*@join__type\\(graph: REFORM_GRAPH, key: "${key}"\\)`));
    }
  });

  it("our data → partner fields: a region from us, its registered skilled workers from the registry", async () => {
    const data = await throughGateway(`{
      region(code: "530500") {
        nameZh
        registeredSkilledWorkers
        organisations(first: 5) { nodes { nameZh registryId } }
        children { code registeredSkilledWorkers }
      }
    }`);
    expect(data.region.nameZh).toBe("保山市");
    expect(data.region.registeredSkilledWorkers).toBe(partnerFixtures.skilledWorkersByRegion["530500"]);
    expect(data.region.organisations.nodes).toContainEqual({ nameZh: "保山市总工会", registryId: null });
    expect(data.region.children).toContainEqual({ code: "530581", registeredSkilledWorkers: 900 });
  });

  it("hides @inaccessible fields from the supergraph's clients", async () => {
    const response = await gateway.executeOperation({ query: `{ sourceDocuments { nodes { key fileName } } }` });
    if (response.body.kind !== "single") throw new Error("incremental responses are not used");
    expect(response.body.singleResult.errors?.[0]?.message).toMatch(/Cannot query field "fileName"/);
  });

  it("partner data → our entities: a certificate's holder resolved by our subgraph, and back to the partner", async () => {
    const data = await throughGateway(`{
      certificates {
        number
        holder {
          nameZh
          honours { status honourTitle { nameZh level } source { article { titleZh } } }
          employer { nameZh registryId region { code nameZh registeredSkilledWorkers } }
        }
      }
    }`);
    expect(data.certificates).toEqual([
      {
        number: "CERT-TEST-1",
        holder: {
          nameZh: "潘惠泉",
          honours: [
            {
              status: "AWARDED",
              honourTitle: { nameZh: "中国一重制造厂级技能大师", level: "ENTERPRISE_FACTORY" },
              source: { article: { titleZh: "中国一重产业工人沿着上升通道“步步高升”" } },
            },
          ],
          employer: { nameZh: "中国一重", registryId: "REG-0001", region: { code: "230200", nameZh: "齐齐哈尔市", registeredSkilledWorkers: null } },
        },
      },
    ]);
  });
});
