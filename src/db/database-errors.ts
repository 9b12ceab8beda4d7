/** Prisma's codes for a database it cannot reach, that timed out, closed the connection, or whose pool is exhausted. */
const unreachableCodes = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);

/** The driver adapter's kinds of the same faults, which Prisma passes on under other codes (P2010 for raw queries). */
const unreachableKinds = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

/**
 * PostgreSQL's SQLSTATEs for a server going away or not taking work yet: connection exceptions
 * (08…), admin or crash shutdown and "starting up" (57P01–57P03), too many connections (53300).
 */
const unavailableStates = /^(08|57P0[1-3]|53300)/;

/** Node's socket error codes for a server that is not there or went away. */
const socketCodes = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND", "EAI_AGAIN"]);

/** node-postgres reaches Prisma's callers unwrapped, as a plain Error without a code, when a connection ends under it. */
const pgConnectionEnded = /^(Connection terminated|timeout exceeded when trying to connect)/;

interface AdapterCause {
  kind?: string;
  originalCode?: string;
}

interface PrismaErrorShape {
  name?: string;
  code?: string;
  errorCode?: string;
  cause?: AdapterCause;
  meta?: { driverAdapterError?: { cause?: AdapterCause } };
}

/**
 * What the driver adapter says went wrong: inside a Prisma error's meta, or on a DriverAdapterError
 * that reaches the caller unwrapped (a connection terminated mid-query does).
 */
function adapterCause(error: object): AdapterCause | undefined {
  const shape = error as PrismaErrorShape;
  return shape.meta?.driverAdapterError?.cause ?? (shape.name === "DriverAdapterError" ? shape.cause : undefined);
}

/**
 * Whether an error means the database cannot answer right now (down, restarting, unreachable,
 * saturated) rather than that the request or the code is wrong: the request may succeed later.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, errorCode } = error as PrismaErrorShape;
  if (unreachableCodes.has(code ?? errorCode ?? "") || socketCodes.has(code ?? "")) return true;
  if (error instanceof Error && pgConnectionEnded.test(error.message)) return true;
  const cause = adapterCause(error);
  return unreachableKinds.has(cause?.kind ?? "") || unavailableStates.test(cause?.originalCode ?? "");
}

/**
 * Whether PostgreSQL refused text it cannot store (SQLSTATE 22021): a string argument holding
 * U+0000, which a PostgreSQL text value cannot contain. The client's input, not a fault of ours.
 */
export function isUnstorableText(error: unknown): boolean {
  return typeof error === "object" && error !== null && adapterCause(error)?.originalCode === "22021";
}

/**
 * Unique-key violations (P2002), write conflicts (P2034, or the driver adapter's own name for
 * them) and deadlocks, which the PostgreSQL adapter passes on as the server's code 40P01.
 */
const conflictCodes = new Set(["P2002", "P2034"]);
const postgresDeadlock = "40P01";
export const isWriteConflict = (error: unknown) => {
  const { code, cause } = error as { code?: unknown; cause?: { kind?: unknown; code?: unknown } };
  return (
    (typeof code === "string" && conflictCodes.has(code)) ||
    cause?.kind === "TransactionWriteConflict" ||
    (cause?.kind === "postgres" && cause.code === postgresDeadlock) ||
    /TransactionWriteConflict/.test(String(error))
  );
};
