import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLSchema,
  getVariableValues,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
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

type Coercion = ReturnType<typeof getVariableValues>;

/** Coercions by the request's variables object and operation: each check of a request reads the same one. */
const coercions = new WeakMap<VariableValues, WeakMap<OperationDefinitionNode, Coercion>>();

/**
 * The operation's variables as the schema coerces them, or the coercion's errors (which execution
 * answers as the client's). Coerced once per request: the checks before execution all read them,
 * and coercing a thousand representations is the costliest step of checking them.
 */
export function variableCoercion(schema: GraphQLSchema, operation: OperationDefinitionNode, variables: VariableValues | undefined): Coercion {
  if (!variables) return getVariableValues(schema, operation.variableDefinitions ?? [], {});
  const byOperation = coercions.get(variables) ?? new WeakMap<OperationDefinitionNode, Coercion>();
  coercions.set(variables, byOperation);
  const coercion = byOperation.get(operation) ?? getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  byOperation.set(operation, coercion);
  return coercion;
}

/** The coerced variables (none where coercion failed), so a variable's default counts as much as a value sent with the request. */
export function coercedVariables(schema: GraphQLSchema, operation: OperationDefinitionNode, variables: VariableValues | undefined): VariableValues {
  return variableCoercion(schema, operation, variables).coerced ?? {};
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
 * Refuses, before anything runs, any `first` or `last` above the cap with PAGE_SIZE_EXCEEDED
 * (instead of silently returning fewer rows than the client asked for), and a negative one with
 * BAD_USER_INPUT. Cursors are checked by
 * withNativeCursors (list-cursors.ts).
 */
export function assertConnectionArguments(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: VariableValues | undefined,
) {
  const values = coercedVariables(schema, operation, variables);
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const field = typeInfo.getFieldDef();
        if (!field) return;
        for (const { argument, value } of pageArguments(node, field, values)) {
          // Refused here for every connection: one paged as the spec does (list-cursors.ts) is
          // executed with other counts, so the plugin's own check would never see this one.
          if (value < 0) {
            throw userError(ErrorCode.badUserInput, `${argument}: ${value} on ${field.name} is negative; a page size is 0 or more.`, { argument });
          }
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

/**
 * Refuses with PAGE_SIZE_EXCEEDED an operation whose `nodes(ids:)` or `_entities(representations:)`
 * items, summed over every use of the field (thirty aliases of one variable are thirty times its
 * items), exceed what one request takes. Counted on the variables as sent, before anything coerces
 * them: coercion keeps a list's length, and a request of ten thousand items is refused without
 * first coercing each one.
 */
export function assertItemCounts(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: VariableValues | undefined) {
  if (operation.operation !== "query" || !schema.getQueryType()) return;
  const fragments = fragmentDefinitions(document);
  const fragmentItems = new Map<string, Map<string, number>>();
  // The root fields reached through inline fragments and fragment spreads count too; a fragment's
  // items are counted once and multiplied by its uses, so nested spreads cannot blow up the walk.
  const rootItems = (selectionSet: SelectionSetNode): Map<string, number> => {
    const items = new Map<string, number>();
    const add = (field: string, count: number) => items.set(field, (items.get(field) ?? 0) + count);
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const limit = itemsPerRequest[selection.name.value];
        if (limit) add(selection.name.value, itemsSent(selection, limit.argument, variables));
      } else {
        const nested = selection.kind === Kind.INLINE_FRAGMENT ? rootItems(selection.selectionSet) : itemsOfFragment(selection.name.value);
        for (const [field, count] of nested) add(field, count);
      }
    }
    return items;
  };
  const itemsOfFragment = (name: string): Map<string, number> => {
    let items = fragmentItems.get(name);
    if (!items) {
      // Validation has refused fragment cycles and unknown fragments before this runs.
      const fragment = fragments.get(name);
      items = fragment ? rootItems(fragment.selectionSet) : new Map();
      fragmentItems.set(name, items);
    }
    return items;
  };
  for (const [field, total] of rootItems(operation.selectionSet)) {
    const limit = itemsPerRequest[field]!;
    if (total > limit.maximum) {
      throw userError(
        ErrorCode.pageSizeExceeded,
        `${limit.argument}: ${total} items on ${field} in this operation exceed the most one request takes, ${limit.maximum}; send them in several requests.`,
        { argument: limit.argument, maximum: limit.maximum },
      );
    }
  }
}

/**
 * Whether the operation selects any of `fields` at its root, through inline fragments and
 * fragment spreads alike (each fragment looked at once).
 */
export function selectsRootField(document: DocumentNode, operation: OperationDefinitionNode, fields: ReadonlySet<string>): boolean {
  const fragments = fragmentDefinitions(document);
  const seen = new Set<string>();
  const selects = (selectionSet: SelectionSetNode): boolean =>
    selectionSet.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return fields.has(selection.name.value);
      if (selection.kind === Kind.INLINE_FRAGMENT) return selects(selection.selectionSet);
      if (seen.has(selection.name.value)) return false;
      seen.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      return fragment ? selects(fragment.selectionSet) : false;
    });
  return operation.operation === "query" && selects(operation.selectionSet);
}

/** The document's fragments by name: what every walk that follows spreads looks them up in. */
export function fragmentDefinitions(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  return fragments;
}

/** How many items a use of the field sends in `argument`: a list literal's length, a list variable's length, one for a single value. */
function itemsSent(node: FieldNode, argument: string, variables: VariableValues | undefined): number {
  const value = node.arguments?.find((candidate) => candidate.name.value === argument)?.value;
  if (!value) return 0;
  if (value.kind === Kind.LIST) return value.values.length;
  if (value.kind === Kind.VARIABLE) {
    const sent = variables?.[value.name.value];
    return Array.isArray(sent) ? sent.length : sent === undefined || sent === null ? 0 : 1;
  }
  return value.kind === Kind.NULL ? 0 : 1;
}
