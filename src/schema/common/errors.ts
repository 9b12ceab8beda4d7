import { GraphQLError } from "graphql";

/**
 * The stable `extensions.code` values clients can rely on. Apollo Server adds its own for
 * malformed requests (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, BAD_REQUEST).
 */
export const ErrorCode = {
  badUserInput: "BAD_USER_INPUT",
  invalidId: "INVALID_ID",
  notFound: "NOT_FOUND",
  pageSizeExceeded: "PAGE_SIZE_EXCEEDED",
  /** The database cannot answer right now; the same request may succeed later (HTTP 503). */
  databaseUnavailable: "DATABASE_UNAVAILABLE",
  /** Apollo Server's code for a malformed request, which formatError also gives Apollo's code-less 4xx errors. */
  badRequest: "BAD_REQUEST",
  internal: "INTERNAL_SERVER_ERROR",
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function userError(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { code, ...details, http: { status: code === ErrorCode.pageSizeExceeded ? 400 : 200 } } });
}

export function notFound(what: string, key: string, argument?: string) {
  return userError(ErrorCode.notFound, `No ${what} found for "${key}".`, argument ? { argument } : {});
}

/** A natural-key lookup's record, or NOT_FOUND naming what was looked for and the argument. */
export async function foundOr<T>(lookup: Promise<T | null>, what: string, key: string, argument: string): Promise<T> {
  const record = await lookup;
  if (record === null) throw notFound(what, key, argument);
  return record;
}
