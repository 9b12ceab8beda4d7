// What a write can answer instead of its result. Each is a GraphQL object type implementing the
// MutationError interface (src/graphql/schema/common/mutation-errors.ts), with a stable `code`.

export abstract class WriteError extends Error {
  abstract readonly code: string;
}

export interface InputProblem {
  /** Dotted path of the input field, e.g. "input.value" or "input.report.figures.0.value". */
  field: string;
  message: string;
}

export class InvalidInputError extends WriteError {
  readonly code = "BAD_USER_INPUT";
  constructor(readonly problems: InputProblem[]) {
    super(
      `The input was refused (${problems.length} problem${problems.length === 1 ? "" : "s"}): ${problems.map((p) => `${p.field}: ${p.message}`).join("; ")}`,
    );
  }
}

export class RecordNotFoundError extends WriteError {
  readonly code = "NOT_FOUND";
  constructor(what: string, id: string) {
    super(`No ${what} has the ID "${id}".`);
  }
}

export class DuplicateRecordError extends WriteError {
  readonly code = "ALREADY_EXISTS";
  constructor(what: string, key: string) {
    super(`A ${what} "${key}" exists already: update it with its ID and version instead.`);
  }
}

export class StaleVersionError extends WriteError {
  readonly code = "STALE_VERSION";
  constructor(
    what: string,
    readonly expectedVersion: number,
    readonly currentVersion: number,
  ) {
    super(`The ${what} was changed since you read it (your version ${expectedVersion}, now ${currentVersion}): read it again and reapply your change.`);
  }
}

export class RetiredRecordError extends WriteError {
  readonly code = "RECORD_RETIRED";
  constructor(
    what: string,
    readonly retiredAt: Date,
  ) {
    super(`The ${what} was retired at ${retiredAt.toISOString()} and can no longer be changed.`);
  }
}
