import { GraphQLError } from "graphql";
import { expect, it } from "vitest";
import { formatError } from "../../src/http/format-error.js";

// A write whose retries were all beaten by concurrent writes is the client's to send again, not
// an internal error: formatError answers it WRITE_CONFLICT, whichever way the database said so
// (the errors as a resolver throws them: a GraphQLError with a path around the original).

it("answers write conflicts and deadlocks that outlast the retries as WRITE_CONFLICT", () => {
  const asConflict = (cause: Error) =>
    formatError({ message: "x", path: ["createReportedFigure"] }, new GraphQLError("x", { originalError: cause, path: ["createReportedFigure"] }));
  const uniqueViolation = Object.assign(new Error("Unique constraint failed"), { code: "P2002" });
  const deadlock = Object.assign(new Error("Transaction failed due to a write conflict or a deadlock"), { code: "P2034" });
  const adapterConflict = Object.assign(new Error("TransactionWriteConflict"), { name: "DriverAdapterError", cause: { kind: "TransactionWriteConflict" } });
  for (const cause of [uniqueViolation, deadlock, adapterConflict]) {
    expect(asConflict(cause)).toMatchObject({ path: ["createReportedFigure"], extensions: { code: "WRITE_CONFLICT" } });
  }
  expect(asConflict(new Error("something else")).extensions?.code).toBe("INTERNAL_SERVER_ERROR");
});
