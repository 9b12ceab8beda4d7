import { type DocumentNode, type GraphQLSchema, getArgumentValues, isUnionType, Kind, type OperationDefinitionNode, visit } from "graphql";
import { ErrorCode, userError } from "../../../errors/error-codes.js";
import { variableCoercion } from "./page-size.js";

const keysBySchema = new WeakMap<GraphQLSchema, Map<string, string[][]>>();

/**
 * The `@key`s of every entity type (the members of `_Entity`), each a list of fields: a type may
 * have several, any of which names a record, e.g. Region → [["code"], ["id"]].
 */
function entityKeys(schema: GraphQLSchema): Map<string, string[][]> {
  let keys = keysBySchema.get(schema);
  if (keys) return keys;
  keys = new Map();
  const entity = schema.getType("_Entity");
  for (const type of isUnionType(entity) ? entity.getTypes() : []) {
    const alternatives = (type.astNode?.directives ?? [])
      .filter((directive) => directive.name.value === "key")
      .flatMap((directive) => directive.arguments?.find((argument) => argument.name.value === "fields")?.value ?? [])
      .flatMap((value) => (value.kind === Kind.STRING ? [value.value.split(/\s+/)] : []));
    keys.set(type.name, alternatives);
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
        const alternatives = typeof typename === "string" ? keys.get(typename) : undefined;
        if (!alternatives) {
          throw userError(ErrorCode.badUserInput, `Representation ${index} names no entity type (got __typename ${JSON.stringify(typename)}).`, {
            argument: "representations",
          });
        }
        const carried = alternatives.filter((keyFields) => keyFields.every((field) => typeof fields[field] === "string"));
        if (carried.length === 0) {
          const wanted = alternatives.map((keyFields) => keyFields.join(" and ")).join(", or ");
          throw userError(ErrorCode.badUserInput, `Representation ${index} of ${typename} needs its key ${wanted} as a string.`, {
            argument: "representations",
          });
        }
        // Two keys could name two records; a router sends the one key it chose.
        if (carried.length > 1) {
          throw userError(
            ErrorCode.badUserInput,
            `Representation ${index} of ${typename} carries two keys (${carried.map((keyFields) => keyFields.join(" and ")).join(", ")}): send one.`,
            {
              argument: "representations",
            },
          );
        }
      });
    },
  });
}
