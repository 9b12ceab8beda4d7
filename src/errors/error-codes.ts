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
  unauthenticated: "UNAUTHENTICATED",
  forbidden: "FORBIDDEN",
  queryTooDeep: "QUERY_TOO_DEEP",
  tooManyAliases: "TOO_MANY_ALIASES",
  tooManyTokens: "TOO_MANY_TOKENS",
  tooManyDirectives: "TOO_MANY_DIRECTIVES",
  queryTooCostly: "QUERY_TOO_COSTLY",
  rateLimited: "RATE_LIMITED",
  /** A plain (unpaged) list holds more than the bound it declares; the field is null, the rest of the answer stands. */
  listTooLong: "LIST_TOO_LONG",
  /** The answer grew past the result budget while it ran and was stopped; nothing of it is answered. */
  responseTooLarge: "RESPONSE_TOO_LARGE",
  /** Too many expensive operations are running or waiting; retry after the Retry-After seconds (HTTP 503). */
  overloaded: "OVERLOADED",
  persistedQueryNotRegistered: "PERSISTED_QUERY_NOT_REGISTERED",
  /** Concurrent writes kept getting in each other's way; nothing was written, the same write may be sent again. */
  writeConflict: "WRITE_CONFLICT",
  /** The database cannot answer right now; the same request may succeed later (HTTP 503). */
  databaseUnavailable: "DATABASE_UNAVAILABLE",
  /** The request body is over the server's size limit (HTTP 413); nothing of it was read as GraphQL. */
  requestTooLarge: "REQUEST_TOO_LARGE",
  /** Apollo Server's code for a malformed request, which formatError also gives Apollo's code-less 4xx errors. */
  badRequest: "BAD_REQUEST",
  internal: "INTERNAL_SERVER_ERROR",
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Requests refused before anything runs get an HTTP status of their own; other errors are partial results (200). */
const httpStatusOf: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.pageSizeExceeded]: 400,
  [ErrorCode.queryTooDeep]: 400,
  [ErrorCode.tooManyAliases]: 400,
  [ErrorCode.tooManyTokens]: 400,
  [ErrorCode.tooManyDirectives]: 400,
  [ErrorCode.queryTooCostly]: 400,
  [ErrorCode.persistedQueryNotRegistered]: 400,
  [ErrorCode.rateLimited]: 429,
  [ErrorCode.overloaded]: 503,
  [ErrorCode.unauthenticated]: 401,
};

export function userError(code: ErrorCode, message: string, details: Record<string, unknown> = {}, headers = new Map<string, string>()) {
  // Apollo Server reads http.headers as a Map. Typed loosely because GraphQL Yoga (in the tests, with
  // Hive Gateway) declares the same extension a Record, and the two declarations merge.
  const extensions: Record<string, unknown> = { code, ...details, http: { status: httpStatusOf[code] ?? 200, headers } };
  return new GraphQLError(message, { extensions });
}

export function notFound(what: string, key: string, argument?: string) {
  return userError(ErrorCode.notFound, `No ${what} found for "${key}".`, argument ? { argument } : {});
}

/** A malformed, forged or expired credential: the whole request is refused with HTTP 401. */
export function unauthenticated(message: string) {
  return userError(ErrorCode.unauthenticated, message);
}
