import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { parse } from "graphql";

// A partner subgraph written for the tests: a national skills registry that adds fields to our
// Region and Organisation and points at our Person. Its data are test fixtures, not facts.

export const partnerTypeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])

  type Region @key(fields: "code") {
    code: String!
    registeredSkilledWorkers: Int
  }

  type Organisation @key(fields: "nameZh") {
    nameZh: String!
    registryId: String
  }

  type Person @key(fields: "key", resolvable: false) {
    key: String!
  }

  type SkillCertificate {
    number: String!
    level: String!
    holder: Person!
  }

  type Query {
    certificates: [SkillCertificate!]!
  }
`);

export const partnerFixtures = {
  skilledWorkersByRegion: { "530500": 4200, "530581": 900 } as Record<string, number>,
  registryIdByOrganisation: { 中国一重: "REG-0001" } as Record<string, string>,
  certificates: [{ number: "CERT-TEST-1", level: "技师", holderKey: "china-first-heavy/pan-huiquan" }],
};

export async function startPartnerSubgraph() {
  const schema = buildSubgraphSchema({
    typeDefs: partnerTypeDefs,
    resolvers: {
      Region: {
        __resolveReference: (region: { code: string }) => region,
        registeredSkilledWorkers: (region: { code: string }) => partnerFixtures.skilledWorkersByRegion[region.code] ?? null,
      },
      Organisation: {
        __resolveReference: (organisation: { nameZh: string }) => organisation,
        registryId: (organisation: { nameZh: string }) => partnerFixtures.registryIdByOrganisation[organisation.nameZh] ?? null,
      },
      SkillCertificate: { holder: (certificate: { holderKey: string }) => ({ key: certificate.holderKey }) },
      Query: { certificates: () => partnerFixtures.certificates },
    },
  });
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: "127.0.0.1" } });
  return { url, stop: () => server.stop() };
}
