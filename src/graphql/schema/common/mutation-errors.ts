import {
  DuplicateRecordError,
  InvalidInputError,
  RecordNotFoundError,
  RetiredRecordError,
  StaleVersionError,
  type WriteError,
} from "../../../store/write-errors.js";
import { builder } from "../../builder.js";
import { listLengthSetBy } from "./list-bounds.js";

// The answers a mutation gives instead of its result: members of its result union, each with a
// stable code. Authentication and permission refusals are not among them: they are top-level
// GraphQL errors (UNAUTHENTICATED, FORBIDDEN), as for reads.

export const MutationError = builder.interfaceRef<WriteError>("MutationError").implement({
  description: "Why a write was refused. Every refusal has a stable code; nothing of a refused write is stored. 写入被拒原因",
  fields: (t) => ({
    message: t.exposeString("message", { description: "What was wrong, for people." }),
    code: t.exposeString("code", { description: "What was wrong, for programs: a stable code." }),
  }),
});

const InputProblem = builder.objectRef<{ field: string; message: string }>("InputProblem").implement({
  description: "One thing wrong with one input field.",
  fields: (t) => ({
    field: t.exposeString("field", { description: 'Dotted path of the input field, e.g. "input.value".' }),
    message: t.exposeString("message", { description: "What is wrong with it." }),
  }),
});

builder.objectType(InvalidInputError, {
  name: "InvalidInputError",
  interfaces: [MutationError],
  description: "The input breaks a rule (shape, unknown reference, excerpt not in the article, number not as stated); code BAD_USER_INPUT.",
  fields: (t) => ({
    problems: t.field({
      type: [InputProblem],
      description: "Every problem found, each naming its field.",
      ...listLengthSetBy("the mutation's input"),
      resolve: (error) => error.problems,
    }),
  }),
});

builder.objectType(RecordNotFoundError, {
  name: "RecordNotFoundError",
  interfaces: [MutationError],
  description: "No record has the given ID; code NOT_FOUND.",
  fields: () => ({}),
});

builder.objectType(DuplicateRecordError, {
  name: "DuplicateRecordError",
  interfaces: [MutationError],
  description: "A record with this natural key exists already; code ALREADY_EXISTS.",
  fields: () => ({}),
});

builder.objectType(StaleVersionError, {
  name: "StaleVersionError",
  interfaces: [MutationError],
  description: "Someone changed the record since you read it; nothing was overwritten. Code STALE_VERSION.",
  fields: (t) => ({
    expectedVersion: t.exposeInt("expectedVersion", { description: "The version your change was based on." }),
    currentVersion: t.exposeInt("currentVersion", { description: "The version stored now." }),
  }),
});

builder.objectType(RetiredRecordError, {
  name: "RetiredRecordError",
  interfaces: [MutationError],
  description: "The record is retired and can no longer change; code RECORD_RETIRED.",
  fields: (t) => ({
    retiredAt: t.field({ type: "DateTime", description: "When it was retired.", resolve: (error) => error.retiredAt }),
  }),
});
