import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLFormattedError,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  SchemaMetaFieldDef,
  type SelectionSetNode,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
} from "graphql";
import { ErrorCode, userError } from "../../errors/error-codes.js";
import { coercedVariables, isConnectionField, requestedPageSize, type VariableValues } from "../../graphql/schema/common/page-size.js";

/** The most a single operation may ask for. */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  /** Lexical tokens of the document; enforced by the parser, which stops counting there. */
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
}

/**
 * Sized so every operation the front-end, the README, the benchmark and the tests send fits: the
 * largest, 100 regions × 20 organisations × 20 honours each (test/api/statement-count), costs
 * 42,100; the benchmark's 20 × 20 × 20 nested list costs 8,420 and is 8 deep.
 */
export const defaultQueryLimits: QueryLimits = { maxDepth: 12, maxAliases: 30, maxTokens: 5000, maxDirectives: 20, maxCost: 50_000 };

export interface OperationMeasure {
  depth: number;
  aliases: number;
  directives: number;
  cost: number;
}

const nothing: OperationMeasure = { depth: 0, aliases: 0, directives: 0, cost: 0 };

function add(a: OperationMeasure, b: OperationMeasure): OperationMeasure {
  return { depth: Math.max(a.depth, b.depth), aliases: a.aliases + b.aliases, directives: a.directives + b.directives, cost: a.cost + b.cost };
}

function fieldDefinition(schema: GraphQLSchema, parentType: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  if (parentType === schema.getQueryType() && name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
  if (parentType === schema.getQueryType() && name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  return isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[name] : undefined;
}

/**
 * What an operation asks of the server, with fragments expanded as execution expands them.
 * Cost (after GitHub's API): each connection costs its page size (`first`/`last`, default 20)
 * times one plus the cost of what is selected under it; other fields cost what is selected under
 * them, so a query's cost is the number of connection items it can return. A query costs at least 1.
 * Depth leaves out introspection's `ofType`: it unwraps one list or non-null wrapper, so how far
 * it goes is bounded by the schema, and tools' introspection queries nest it seven levels deep.
 * Expects a validated document (no unknown fields, no fragment cycles).
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: VariableValues | undefined,
): OperationMeasure {
  const values = coercedVariables(schema, operation, variables);
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  // A fragment spread many times is measured once: nested spreads would otherwise take exponential time.
  const fragmentMeasures = new Map<string, OperationMeasure>();

  function measureFragment(name: string): OperationMeasure {
    const known = fragmentMeasures.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    const type = fragment && schema.getType(fragment.typeCondition.name.value);
    const measure =
      fragment && type ? add(measureSelections(fragment.selectionSet, type), { ...nothing, directives: fragment.directives?.length ?? 0 }) : nothing;
    fragmentMeasures.set(name, measure);
    return measure;
  }

  function measureSelections(selectionSet: SelectionSetNode, parentType: GraphQLNamedType): OperationMeasure {
    let total = nothing;
    for (const selection of selectionSet.selections) {
      const own = { ...nothing, directives: selection.directives?.length ?? 0 };
      if (selection.kind === Kind.FIELD) {
        const field = fieldDefinition(schema, parentType, selection.name.value);
        const children = selection.selectionSet && field ? measureSelections(selection.selectionSet, getNamedType(field.type)) : nothing;
        const cost = field && isConnectionField(field) ? requestedPageSize(selection, field, values) * (1 + children.cost) : children.cost;
        total = add(total, {
          depth: (selection.name.value === "ofType" ? 0 : 1) + children.depth,
          aliases: (selection.alias ? 1 : 0) + children.aliases,
          directives: own.directives + children.directives,
          cost,
        });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
        total = add(total, add(own, type ? measureSelections(selection.selectionSet, type) : nothing));
      } else {
        total = add(total, add(own, measureFragment(selection.name.value)));
      }
    }
    return total;
  }

  const rootType = schema.getRootType(operation.operation);
  const measure = rootType ? measureSelections(operation.selectionSet, rootType) : nothing;
  const operationDirectives =
    (operation.directives?.length ?? 0) + (operation.variableDefinitions ?? []).reduce((sum, variable) => sum + (variable.directives?.length ?? 0), 0);
  return { ...measure, directives: measure.directives + operationDirectives, cost: Math.max(1, measure.cost) };
}

const whole = (n: number) => n.toLocaleString("en-US");

/** Refuses the first limit the operation exceeds, naming the limit and what was measured. */
export function assertWithinLimits(measure: OperationMeasure, limits: QueryLimits) {
  const checks = [
    { code: ErrorCode.queryTooDeep, measured: measure.depth, maximum: limits.maxDepth, what: (n: string) => `nests fields ${n} levels deep` },
    { code: ErrorCode.tooManyAliases, measured: measure.aliases, maximum: limits.maxAliases, what: (n: string) => `uses ${n} aliases` },
    { code: ErrorCode.tooManyDirectives, measured: measure.directives, maximum: limits.maxDirectives, what: (n: string) => `uses ${n} directives` },
    {
      code: ErrorCode.queryTooCostly,
      measured: measure.cost,
      maximum: limits.maxCost,
      what: (n: string) => `costs ${n} (each connection counts its page size, first/last or 20, times one plus what is selected under it)`,
    },
  ];
  for (const { code, measured, maximum, what } of checks) {
    if (measured > maximum) throw userError(code, `The operation ${what(whole(measured))}; the limit is ${whole(maximum)}.`, { measured, maximum });
  }
}

/**
 * graphql-js's parser gives up at `maxTokens` with a syntax error; clients get it as TOO_MANY_TOKENS.
 * graphql 16 spells it "more that"; a later fix to "more than" must not break the mapping.
 */
export function asTokenLimitError(formatted: GraphQLFormattedError, maxTokens: number): GraphQLFormattedError | undefined {
  if (!/Document contains more tha[nt] \d+ tokens/.test(formatted.message)) return undefined;
  return {
    message: `The document has more than ${whole(maxTokens)} tokens, the limit; it was not parsed further.`,
    extensions: { code: ErrorCode.tooManyTokens, maximum: maxTokens },
  };
}
