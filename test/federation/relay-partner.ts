import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { startStandaloneServer } from "@apollo/server/standalone";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { parse } from "graphql";
import { nodeStandInsForPartners } from "../../src/graphql/partner-nodes.js";
import { schema } from "../../src/graphql/schema.js";

// A Relay-style partner subgraph written for the tests: a national training register whose records
// are Nodes, with its own @shareable Query.node and nodes, knowing our Node types as the stand-ins
// `npm run schema -- --node-stand-ins` prints. Its data are test fixtures, not facts.

export const partnerNodeType = "TrainingCourse";

/** Relay's convention, which the partner follows: base64 of "Type:key". */
export const relayId = (typename: string, key: string) => Buffer.from(`${typename}:${key}`, "utf8").toString("base64");

const standIns = nodeStandInsForPartners(schema);
const ourNodeTypes = new Set([...standIns.matchAll(/^type (\w+) implements Node/gm)].map((match) => match[1]!));

export const relayPartnerTypeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key", "@shareable"])
  ${standIns}
  type ${partnerNodeType} implements Node @key(fields: "id") {
    id: ID!
    title: String!
    hours: Int!
    "Where the course is held: one of our regions, by its global ID."
    region: Region!
  }
  type Query {
    node(id: ID!): Node @shareable
    nodes(ids: [ID!]!): [Node]! @shareable
    trainingCourses: [${partnerNodeType}!]!
  }
`);

/** The partner's courses, held in the region whose global ID (ours) is given at start. */
export function relayPartnerCourses(regionId: string) {
  return [{ id: relayId(partnerNodeType, "TC-1"), title: "清障员 technician course", hours: 40, region: { __typename: "Region", id: regionId } }];
}

export async function startRelayPartner(regionId: string) {
  const courses = relayPartnerCourses(regionId);
  /** What the partner answers for an ID: its own course, a stand-in for one of ours, or null. */
  const nodeFor = (globalId: string) => {
    const [typename] = Buffer.from(globalId, "base64").toString("utf8").split(":");
    if (typename === partnerNodeType) return courses.find((course) => course.id === globalId) ?? null;
    return typename && ourNodeTypes.has(typename) ? { __typename: typename, id: globalId } : null;
  };
  const schema = buildSubgraphSchema({
    typeDefs: relayPartnerTypeDefs,
    resolvers: {
      Query: {
        node: (_root: unknown, { id }: { id: string }) => nodeFor(id),
        nodes: (_root: unknown, { ids }: { ids: string[] }) => ids.map(nodeFor),
        trainingCourses: () => courses,
      },
      Node: { __resolveType: (node: { __typename?: string }) => node.__typename ?? partnerNodeType },
      [partnerNodeType]: { __resolveReference: ({ id }: { id: string }) => nodeFor(id) },
    },
  });
  const server = new ApolloServer({ schema, plugins: [ApolloServerPluginInlineTraceDisabled()] });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: "127.0.0.1" } });
  return { url, stop: () => server.stop() };
}
