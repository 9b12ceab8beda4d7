import {
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLSchema,
  getVariableValues,
  type OperationDefinitionNode,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
} from "graphql";
import { ErrorCode, userError } from "../../../errors/error-codes.js";

/** Connection page sizes: what `first`/`last` default to, and the most any page may hold. */
export const pageSize = { default: 20, max: 100 } as const;

/**
 * The most items the root fields that fetch by a list argument take in one request: `nodes(ids:)`
 * as GitHub's API does, `_entities` ten times that, as a router batches a page of entities into
 * one fetch. Past them the work of one request (coercing, resolving and answering every item in
 * turn) would hold the event loop for seconds; a larger set is fetched in several requests. The
 * items of every use of the field in an operation count together.
 */
export const itemsPerRequest: Record<string, { argument: string; maximum: number }> = {
  nodes: { argument: "ids", maximum: 100 },
  _entities: { argument: "representations", maximum: 1_000 },
};

export type VariableValues = Record<string, unknown>;

/** The operation's variables as the schema coerces them, so a variable's default counts as much as a value sent with the request. */
export function coercedVariables(schema: GraphQLSchema, operation: OperationDefinitionNode, variables: VariableValues | undefined): VariableValues {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  return coerced.coerced ?? {};
}

/** The `first` and `last` a field asks for, literals and variables alike; empty for fields that are not connections or give neither. */
export function pageArguments(node: FieldNode, field: GraphQLField<unknown, unknown>, variables: VariableValues) {
  const requested: { argument: "first" | "last"; value: number }[] = [];
  for (const argumentNode of node.arguments ?? []) {
    const name = argumentNode.name.value;
    const argument = field.args.find((candidate) => candidate.name === name);
    if ((name !== "first" && name !== "last") || !argument) continue;
    const value = valueFromAST(argumentNode.value, argument.type, variables);
    if (typeof value === "number") requested.push({ argument: name, value });
  }
  return requested;
}

/** Whether a field is a Relay connection, i.e. takes a page size. */
export function isConnectionField(field: GraphQLField<unknown, unknown>) {
  return field.args.some((argument) => argument.name === "first" || argument.name === "last");
}

/** The number of items a connection field asks for: its larger of `first`/`last`, or the default page size. */
export function requestedPageSize(node: FieldNode, field: GraphQLField<unknown, unknown>, variables: VariableValues) {
  const sizes = pageArguments(node, field, variables).map((requested) => requested.value);
  return sizes.length > 0 ? Math.max(0, ...sizes) : pageSize.default;
}

/** Record ids are 32-bit integers on both databases: a cursor past the largest names no position. */
const maxRecordId = 2 ** 31 - 1;

/**
 * Whether `cursor` is one this API hands out. Every connection pages by record id, and the Prisma
 * plugin writes an id cursor as base64("GPC:N:<id>"); anything else (another kind of value, a
 * fraction, a negative or out-of-range number, a string that is no base64) would reach the
 * database as a wrong-typed value and fail there as an internal error.
 */
export function isRecordIdCursor(cursor: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(cursor)) return false;
  const match = /^GPC:N:(0|[1-9]\d{0,9})$/.exec(Buffer.from(cursor, "base64").toString("utf8"));
  return match !== null && Number(match[1]) <= maxRecordId;
}

/**
 * Refuses, before anything runs, any `first` or `last` above the cap with PAGE_SIZE_EXCEEDED
 * (instead of silently returning fewer rows than the client asked for), and any `after` or
 * `before` that is not a cursor this API hands out with BAD_USER_INPUT naming the argument.
 */
export function assertConnectionArguments(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: VariableValues | undefined,
) {
  const values = coercedVariables(schema, operation, variables);
  const typeInfo = new TypeInfo(schema);
  // Items of nodes and _entities add up over the operation: thirty aliases of one variable are thirty times its items.
  const itemsSoFar = new Map<string, number>();
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const field = typeInfo.getFieldDef();
        if (!field) return;
        if (isConnectionField(field)) assertCursors(node, field, values);
        const items = typeInfo.getParentType() === schema.getQueryType() ? itemsPerRequest[field.name] : undefined;
        if (items) itemsSoFar.set(field.name, assertItemCount(node, field, values, items, itemsSoFar.get(field.name) ?? 0));
        for (const { argument, value } of pageArguments(node, field, values)) {
          if (value > pageSize.max) {
            throw userError(ErrorCode.pageSizeExceeded, `${argument}: ${value} on ${field.name} exceeds the maximum page size of ${pageSize.max}.`, {
              argument,
              maximum: pageSize.max,
            });
          }
        }
      },
    }),
  );
}

/** The items this use of the field adds to those before it in the operation; PAGE_SIZE_EXCEEDED past the maximum. */
function assertItemCount(
  node: FieldNode,
  field: GraphQLField<unknown, unknown>,
  variables: VariableValues,
  { argument, maximum }: { argument: string; maximum: number },
  before: number,
): number {
  const argumentNode = node.arguments?.find((candidate) => candidate.name.value === argument);
  const definition = field.args.find((candidate) => candidate.name === argument);
  const value = argumentNode && definition ? valueFromAST(argumentNode.value, definition.type, variables) : undefined;
  const total = before + (Array.isArray(value) ? value.length : 0);
  if (total > maximum) {
    throw userError(
      ErrorCode.pageSizeExceeded,
      `${argument}: ${total} items on ${field.name} in this operation exceed the most one request takes, ${maximum}; send them in several requests.`,
      { argument, maximum },
    );
  }
  return total;
}

function assertCursors(node: FieldNode, field: GraphQLField<unknown, unknown>, variables: VariableValues) {
  for (const argumentNode of node.arguments ?? []) {
    const name = argumentNode.name.value;
    const argument = field.args.find((candidate) => candidate.name === name);
    if ((name !== "after" && name !== "before") || !argument) continue;
    const cursor = valueFromAST(argumentNode.value, argument.type, variables);
    if (typeof cursor === "string" && !isRecordIdCursor(cursor)) {
      throw userError(ErrorCode.badUserInput, `${name}: "${cursor.slice(0, 80)}" is not a cursor of ${field.name}; use a cursor this list returned.`, {
        argument: name,
      });
    }
  }
}
