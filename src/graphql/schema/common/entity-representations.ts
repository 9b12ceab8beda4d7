import { type DocumentNode, type GraphQLSchema, getArgumentValues, isUnionType, Kind, type OperationDefinitionNode, visit } from "graphql";
import { ErrorCode, userError } from "../../../errors/error-codes.js";
import { variableCoercion } from "./page-size.js";

const keysBySchema = new WeakMap<GraphQLSchema, Map<string, string[]>>();

/** The `@key` fields of every entity type (the members of `_Entity`), e.g. Region → ["code"]. */
function entityKeys(schema: GraphQLSchema): Map<string, string[]> {
  let keys = keysBySchema.get(schema);
  if (keys) return keys;
  keys = new Map();
  const entity = schema.getType("_Entity");
  for (const type of isUnionType(entity) ? entity.getTypes() : []) {
    const fields = (type.astNode?.directives ?? [])
      .filter((directive) => directive.name.value === "key")
      .flatMap((directive) => directive.arguments?.find((argument) => argument.name.value === "fields")?.value ?? [])
      .flatMap((value) => (value.kind === Kind.STRING ? value.value.split(/\s+/) : []));
    keys.set(type.name, fields);
  }
  keysBySchema.set(schema, keys);
  return keys;
}

/**
 * Refuses `_entities` representations that name no entity type or lack its key, with
 * BAD_USER_INPUT before anything runs. A router only sends well-formed ones, but anyone can call
 * `_entities`; unchecked, a wrong typename or a missing key surfaces as an internal error. Every
 * key of this API is a string field.
 */
export function assertEntityRepresentations(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
) {
  const entitiesField = schema.getQueryType()?.getFields()._entities;
  if (!entitiesField) return;
  const { coerced } = variableCoercion(schema, operation, variables);
  if (!coerced) return;
  const keys = entityKeys(schema);
  visit(document, {
    // The operation being run and the fragments it may spread; other operations run in other requests.
    OperationDefinition: (node) => (node === operation ? undefined : false),
    Field(node) {
      if (node.name.value !== entitiesField.name) return;
      const { representations } = getArgumentValues(entitiesField, node, coerced) as { representations?: unknown[] };
      (representations ?? []).forEach((representation, index) => {
        const { __typename: typename, ...fields } = (representation ?? {}) as Record<string, unknown>;
        const keyFields = typeof typename === "string" ? keys.get(typename) : undefined;
        if (!keyFields) {
          throw userError(ErrorCode.badUserInput, `Representation ${index} names no entity type (got __typename ${JSON.stringify(typename)}).`, {
            argument: "representations",
          });
        }
        const missing = keyFields.filter((field) => typeof fields[field] !== "string");
        if (missing.length > 0) {
          throw userError(ErrorCode.badUserInput, `Representation ${index} of ${typename} needs its key ${missing.join(", ")} as a string.`, {
            argument: "representations",
          });
        }
      });
    },
  });
}
