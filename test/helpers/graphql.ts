import type { GraphQLFormattedError } from "graphql";
import { publicViewer, type Viewer } from "../../src/auth/viewer.js";
import type { Database } from "../../src/db/client.js";
import { createContext } from "../../src/graphql/context.js";
import { createApolloServer } from "../../src/http/apollo-server.js";

export interface GraphQLResult<T = any> {
  data?: T | null;
  errors?: readonly GraphQLFormattedError[];
}

/**
 * Runs operations in-process through Apollo Server's full pipeline (parsing, validation,
 * plugins, error formatting) with a fresh request context each time.
 */
export function inProcessGraphQL(db: Database) {
  const server = createApolloServer();
  return async function run<T = any>(query: string, variables?: Record<string, unknown>, viewer: Viewer = publicViewer): Promise<GraphQLResult<T>> {
    const response = await server.executeOperation({ query, variables }, { contextValue: createContext(db, viewer) });
    if (response.body.kind !== "single") throw new Error("incremental responses are not used");
    return response.body.singleResult as GraphQLResult<T>;
  };
}

/** The single error of a result, asserting there is exactly one. */
export function onlyError(result: GraphQLResult) {
  if (result.errors?.length !== 1) throw new Error(`expected one error, got ${JSON.stringify(result.errors)}`);
  return result.errors[0]!;
}
