import { TypeInfo, getVariableValues, valueFromAST, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import { ErrorCode, userError } from "./errors.js";

/** Connection page sizes: what `first`/`last` default to, and the most any page may hold. */
export const pageSize = { default: 20, max: 100 } as const;

/**
 * Refuses any `first` or `last` above the cap before anything runs, with PAGE_SIZE_EXCEEDED,
 * instead of silently returning fewer rows than the client asked for.
 */
export function assertPageSizes(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
) {
  // Coerced values, so a variable's default counts as much as a value sent with the request.
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  const values = "coerced" in coerced ? coerced.coerced : {};
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        if (node.name.value !== "first" && node.name.value !== "last") return;
        const argument = typeInfo.getArgument();
        if (!argument) return;
        const value = valueFromAST(node.value, argument.type, values);
        if (typeof value === "number" && value > pageSize.max) {
          const field = typeInfo.getFieldDef()?.name ?? "a connection";
          throw userError(ErrorCode.pageSizeExceeded, `${node.name.value}: ${value} on ${field} exceeds the maximum page size of ${pageSize.max}.`, {
            argument: node.name.value,
            maximum: pageSize.max,
          });
        }
      },
    }),
  );
}
