import type { GraphQLRequest } from "@apollo/server";

/**
 * Whether a federation router asked for this operation's trace (`apollo-federation-include-trace:
 * ftv1`). Apollo's inline-trace plugin, on for every subgraph, then answers `extensions.ftv1`; the
 * router expects that key alone (the subgraph compatibility suite checks it), so the cost and cache
 * markers stay out, and a trace is of a real execution, never of a cached answer.
 */
export function routerWantsTrace(request: GraphQLRequest): boolean {
  return request.http?.headers.get("apollo-federation-include-trace") === "ftv1";
}
