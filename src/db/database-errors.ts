interface AdapterCause {
  kind?: string;
  originalCode?: string;
}

interface PrismaErrorShape {
  name?: string;
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
 * Whether PostgreSQL refused text it cannot store (SQLSTATE 22021): a string argument holding
 * U+0000, which a PostgreSQL text value cannot contain. The client's input, not a fault of ours.
 */
export function isUnstorableText(error: unknown): boolean {
  return typeof error === "object" && error !== null && adapterCause(error)?.originalCode === "22021";
}
