import {
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLFormattedError,
  type GraphQLNamedType,
  type GraphQLSchema,
  getArgumentValues,
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
import { defaultMaxResultItems } from "../../graphql/result-budget.js";
import { listBoundOf } from "../../graphql/schema/common/list-bounds.js";
import { coercedVariables, fragmentDefinitions, isConnectionField, requestedPageSize, type VariableValues } from "../../graphql/schema/common/page-size.js";

/** The most a single operation may ask for. */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  /** Lexical tokens of the document; enforced by the parser, which stops counting there. */
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
  /** List items an answer may hold while it runs (result-budget.ts); past it, RESPONSE_TOO_LARGE. */
  maxResultItems: number;
}

/**
 * Sized so every operation the front-end, the README, the benchmark and the tests send fits: the
 * largest, 100 regions × 20 organisations × 20 honours each (test/api/statement-count), costs
 * 42,100; the benchmark's 20 × 20 × 20 nested list costs 8,420 and is 8 deep.
 */
export const defaultQueryLimits: QueryLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 5000,
  maxDirectives: 20,
  maxCost: 50_000,
  maxResultItems: defaultMaxResultItems,
};

export interface OperationMeasure {
  depth: number;
  aliases: number;
  directives: number;
  cost: number;
}

const nothing: OperationMeasure = { depth: 0, aliases: 0, directives: 0, cost: 0 };

/**
 * Root fields whose answer grows with the length of list arguments, not with a page size: they
 * count the product of those lengths the way a connection counts its page size (a region series,
 * regions × years). Unpriced, 10,000 `_entities` representations cost as much as one.
 */
const itemsOfListArguments: Record<string, (args: Record<string, unknown>) => number> = {
  nodes: (args) => lengthOf(args.ids),
  _entities: (args) => lengthOf(args.representations),
  compareRegions: (args) => lengthOf(args.regionCodes) * lengthOf(args.metrics),
  compareOrganisations: (args) => lengthOf(args.organisationNames) * lengthOf(args.metrics),
  regionSeries: (args) => lengthOf(args.regionCodes) * yearsIn(args.years),
};

/**
 * Root fields whose answer is large whatever they are asked: the schema by introspection (about
 * 7 MB each as tools ask for it) and the subgraph SDL. Each occurrence counts this much, so one
 * fits the limit and thirty aliases of it do not.
 */
const fixedCostOf: Record<string, number> = { __schema: 2_000, _service: 2_000, __type: 20 };

const lengthOf = (value: unknown) => (Array.isArray(value) ? value.length : 1);

function yearsIn(range: unknown): number {
  const from = Number(Reflect.get(Object(range), "from"));
  const to = Number(Reflect.get(Object(range), "to"));
  return Number.isInteger(from) && Number.isInteger(to) && to >= from ? Math.min(to - from + 1, 10_000) : 1;
}

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
 * times one plus the cost of what is selected under it, each plain list its declared bound
 * (list-bounds.ts) the same way; other fields cost what is selected under them, so a query's
 * cost is the number of list items it can return. A query costs at least 1.
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
  const fragments = fragmentDefinitions(document);
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
        const cost = costOfField(selection, field, parentType, children.cost);
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

  function costOfField(selection: FieldNode, field: GraphQLField<unknown, unknown> | undefined, parentType: GraphQLNamedType, childrenCost: number) {
    if (!field) return childrenCost;
    if (isConnectionField(field)) return requestedPageSize(selection, field, values) * (1 + childrenCost);
    const { maxItems } = listBoundOf(field);
    if (maxItems !== undefined) return maxItems * (1 + childrenCost);
    if (parentType !== schema.getQueryType()) return childrenCost;
    const fixed = fixedCostOf[field.name];
    if (fixed !== undefined) return fixed + childrenCost;
    const items = itemsOfListArguments[field.name];
    if (!items) return childrenCost;
    // Arguments that do not coerce are refused by validation before anything runs; priced at one item here.
    const args = argumentValuesOf(field, selection, values);
    return items(args) * (1 + childrenCost);
  }

  const rootType = schema.getRootType(operation.operation);
  const measure = rootType ? measureSelections(operation.selectionSet, rootType) : nothing;
  const operationDirectives =
    (operation.directives?.length ?? 0) + (operation.variableDefinitions ?? []).reduce((sum, variable) => sum + (variable.directives?.length ?? 0), 0);
  return { ...measure, directives: measure.directives + operationDirectives, cost: Math.max(1, measure.cost) };
}

function argumentValuesOf(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: VariableValues): Record<string, unknown> {
  try {
    return getArgumentValues(field, node, variables);
  } catch {
    return {};
  }
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
      what: (n: string) =>
        `costs ${n} (each connection counts its page size, first/last or 20, each plain list its bound, each list-driven root field its items, ` +
        "times one plus what is selected under it; introspection and _service 2,000)",
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
