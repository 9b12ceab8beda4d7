import { unwrapResolverError } from "@apollo/server/errors";
import { PothosValidationError } from "@pothos/core";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { isDatabaseUnavailable, isUnstorableText, isWriteConflict } from "../db/database-errors.js";
import { ErrorCode } from "../errors/error-codes.js";
import { logger } from "./logger.js";

/**
 * Errors clients may see are GraphQLErrors with a stable code; anything else (a bug, a database
 * failure) is logged in full and answered as INTERNAL_SERVER_ERROR without details.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof PothosValidationError && isConnectionArgumentProblem(original.message)) {
    return { ...formatted, message: original.message, extensions: { code: ErrorCode.badUserInput } };
  }
  // An input's global ID of another type than the field takes (the Relay plugin checks `for:`).
  const wrongType = original instanceof PothosValidationError ? /^ID: (\S+) is not of type: (\w+)$/.exec(original.message) : null;
  if (wrongType) {
    return { ...formatted, message: `"${wrongType[1]}" is not the ID of a ${wrongType[2]}.`, extensions: { code: ErrorCode.invalidId, id: wrongType[1] } };
  }
  if (isUnstorableText(original)) {
    return { ...formatted, message: "Text arguments may not contain the NUL character (U+0000).", extensions: { code: ErrorCode.badUserInput } };
  }
  if (isWriteConflict(original)) {
    return {
      message: "Other writes to the same records kept getting in first; nothing was written. Send the write again.",
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: ErrorCode.writeConflict },
    };
  }
  if (isDatabaseUnavailable(original)) {
    logger.warn("database unavailable", { error: original instanceof Error ? original.message : String(original), path: formatted.path });
    return {
      message: "The database is unavailable; try again shortly.",
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: ErrorCode.databaseUnavailable },
    };
  }
  // Apollo refuses some malformed requests (a persisted-query version it does not know, a hash that
  // does not match the query) with a 400 GraphQLError that has no code: the client's mistake.
  if (original instanceof GraphQLError && original.extensions.code === undefined && isClientErrorStatus(original.extensions.http)) {
    return { ...formatted, extensions: { code: ErrorCode.badRequest } };
  }
  const code = formatted.extensions?.code;
  if (original instanceof GraphQLError && code && code !== ErrorCode.internal) {
    const { http: _http, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  logger.error("unexpected error", { error: original instanceof Error ? original.stack : String(original), path: formatted.path });
  return { message: "Internal server error", ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: ErrorCode.internal } };
}

function isClientErrorStatus(http: unknown): boolean {
  const status = (http as { status?: unknown } | undefined)?.status;
  return typeof status === "number" && status >= 400 && status < 500;
}

/**
 * Pothos raises PothosValidationError both for a client's bad cursor or page arguments and for
 * faults of our own; only the first kind is the client's to see.
 */
function isConnectionArgumentProblem(message: string) {
  return /cursor|Argument "?(first|last|before|after)"?|Arguments "(before|after|first|last)"/i.test(message);
}
