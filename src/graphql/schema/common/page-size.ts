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

/**
 * Refuses any `first` or `last` above the cap before anything runs, with PAGE_SIZE_EXCEEDED,
 * instead of silently returning fewer rows than the client asked for.
 */
export function assertPageSizes(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: VariableValues | undefined) {
  const values = coercedVariables(schema, operation, variables);
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const field = typeInfo.getFieldDef();
        if (!field) return;
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
