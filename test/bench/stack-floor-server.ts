import fs from "node:fs";
import path from "node:path";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { type GraphQLAbstractType, type GraphQLResolveInfo, Kind, parse, visit } from "graphql";
import { repositoryRoot } from "../../src/db/database-url.js";

// The floor of the fixed stack, for `npm run bench -- --stack-floor`: Apollo Server 5 and graphql-js 16
// executing the committed SDL (schema/schema.graphql) with default resolvers over answers the real
// server gave, held in memory. No database, no Pothos, no Prisma, no limits, cache or metrics: what
// any server on this stack pays to parse, execute and write the same answer. Started by bench.ts with
// one query's answer (its data) as JSON on stdin; prints its URL, then serves until killed.

const answer = JSON.parse(fs.readFileSync(0, "utf8")) as unknown;
const typeDefs = parse(fs.readFileSync(path.join(repositoryRoot, "schema/schema.graphql"), "utf8"));

/** The type an abstract field's object is: the one the operation names in a type condition (`... on Region`). */
function typeNamedByOperation(_object: unknown, _context: unknown, info: GraphQLResolveInfo, abstractType: GraphQLAbstractType) {
  const possible = new Set(info.schema.getPossibleTypes(abstractType).map((type) => type.name));
  let named: string | undefined;
  visit(info.operation, {
    [Kind.NAMED_TYPE]: (node) => {
      if (!named && possible.has(node.name.value)) named = node.name.value;
    },
  });
  return named;
}

const abstractTypes = typeDefs.definitions.flatMap((definition) =>
  definition.kind === Kind.INTERFACE_TYPE_DEFINITION || definition.kind === Kind.UNION_TYPE_DEFINITION ? [definition.name.value] : [],
);
const schema = buildSubgraphSchema({
  typeDefs,
  resolvers: {
    ...Object.fromEntries([...abstractTypes, "_Entity"].map((name) => [name, { __resolveType: typeNamedByOperation }])),
    // Federation's own _entities resolver would look the representations up; here they are answered.
    Query: { _entities: (answer: { _entities: unknown[] }) => answer._entities },
  } as never,
});
const server = new ApolloServer({
  schema,
  // The recorded answer is the root value: default resolvers read it field by field.
  rootValue: answer,
});
const { url } = await startStandaloneServer(server, { listen: { port: 0, host: "127.0.0.1" } });
console.log(`listening ${url}`);
