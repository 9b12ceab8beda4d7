import {
  type GraphQLArgument,
  type GraphQLCompositeType,
  GraphQLEnumType,
  type GraphQLField,
  GraphQLInputObjectType,
  type GraphQLInputType,
  GraphQLList,
  type GraphQLNamedType,
  GraphQLNonNull,
  type GraphQLObjectType,
  type GraphQLScalarType,
  type GraphQLSchema,
  getNamedType,
  isAbstractType,
  isLeafType,
  isObjectType,
} from "graphql";
import { encodeNodeId } from "../../src/graphql/schema/common/global-id.js";
import type { FuzzRandom } from "./random.js";

export interface GraphQLOperation {
  query: string;
  variables: Record<string, unknown>;
}

/** How far selections nest, and how many fields each selection set picks at most. */
export interface OperationShape {
  maxDepth: number;
  breadth: number;
}

/**
 * Values taken from the seeded data, by the name of the field that returned them: global IDs
 * under `id`, region codes under `code`, Chinese names under `nameZh`…, so generated arguments
 * name real records most of the time instead of always missing.
 */
export type Samples = Map<string, unknown[]>;

const rootTypes = (schema: GraphQLSchema) => [schema.getQueryType(), schema.getMutationType()].filter((type): type is GraphQLObjectType => !!type);

/**
 * A query that lists every root connection's records with their scalar fields, for `samples`.
 * Only connections without required arguments, so it is valid against any version of the schema.
 */
export function sampleQuery(schema: GraphQLSchema): string {
  const selections: string[] = [];
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    const connection = getNamedType(field.type);
    if (!isObjectType(connection) || field.args.some((argument) => argument.type instanceof GraphQLNonNull)) continue;
    const nodes = connection.getFields().nodes;
    const record = nodes && getNamedType(nodes.type);
    if (!record || !isObjectType(record)) continue;
    const leaves = Object.values(record.getFields()).filter((leaf) => isLeafType(getNamedType(leaf.type)) && leaf.args.length === 0);
    if (leaves.length > 0) selections.push(`${field.name}(first: 100) { nodes { ${leaves.map((leaf) => leaf.name).join(" ")} } }`);
  }
  return `{ ${selections.join(" ")} }`;
}

/** Collects the values of a `sampleQuery` answer by field name. */
export function collectSamples(data: Record<string, { nodes: Record<string, unknown>[] }>): Samples {
  const samples: Samples = new Map();
  for (const { nodes } of Object.values(data)) {
    for (const record of nodes) {
      for (const [name, value] of Object.entries(record)) {
        if (value === null) continue;
        const values = samples.get(name) ?? [];
        if (!values.includes(value)) values.push(value);
        samples.set(name, values);
      }
    }
  }
  return samples;
}

/** Global IDs that do not name a record: malformed, of no type, of a type that is no Node, too large, or of a deleted record. */
const malformedIds = [
  "",
  "not an id!",
  "UmVnaW9u",
  encodeNodeId("Galaxy", 1),
  encodeNodeId("PageInfo", 1),
  encodeNodeId("Region", 2 ** 31),
  encodeNodeId("Region", 987_654),
  Buffer.from("Region:-1").toString("base64url"),
  Buffer.from("Region:1:2").toString("base64url"),
  "%00%ff",
  "==",
];

/**
 * Generates operations from the schema: root fields of Query (and Mutation, once it exists) with
 * type-correct arguments, as literals or variables, selecting leaves and nested objects down to a
 * bounded depth. Arguments come from the seeded data most of the time and are sometimes valid in
 * type but wrong in meaning (a malformed ID, a period that is no period, a page of 150).
 */
export class OperationGenerator {
  private variables: Record<string, unknown> = {};
  private variableDefinitions: string[] = [];
  private shape: OperationShape = { maxDepth: 3, breadth: 4 };

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly random: FuzzRandom,
    private readonly samples: Samples,
  ) {}

  /** By default shallow and wide; `{ maxDepth: 12, breadth: 1 }` makes one long chain of nested objects. */
  operation(shape: OperationShape = { maxDepth: this.random.int(1, 5), breadth: 4 }): GraphQLOperation {
    this.variables = {};
    this.variableDefinitions = [];
    this.shape = shape;
    const root = this.random.among(rootTypes(this.schema).map((type) => [type === this.schema.getQueryType() ? 4 : 1, type] as const));
    const fields = this.random.sample(Object.values(root.getFields()), this.random.int(1, Math.min(3, shape.breadth)));
    const selections = fields.map((field) => this.fieldSelection(field, 0)).join(" ");
    const keyword = root === this.schema.getMutationType() ? "mutation" : "query";
    const definitions = this.variableDefinitions.length > 0 ? `(${this.variableDefinitions.join(", ")})` : "";
    return { query: `${keyword} Fuzz${definitions} { ${selections} }`, variables: this.variables };
  }

  private fieldSelection(field: GraphQLField<unknown, unknown>, depth: number): string {
    const chosenArguments = field.args.filter((argument) => argument.type instanceof GraphQLNonNull || this.random.chance(0.4));
    const argumentList = chosenArguments.map((argument) => `${argument.name}: ${this.argumentValue(argument)}`).join(", ");
    const call = `${field.name}${argumentList ? `(${argumentList})` : ""}`;
    const type = getNamedType(field.type);
    return isLeafType(type) ? call : `${call} { ${this.selectionSet(type as GraphQLCompositeType, depth + 1)} }`;
  }

  private selectionSet(type: GraphQLCompositeType, depth: number): string {
    if (isAbstractType(type)) {
      const possible = this.random.sample(this.schema.getPossibleTypes(type), this.random.int(1, 2));
      return ["__typename", ...possible.map((object) => `... on ${object.name} { ${this.selectionSet(object, depth)} }`)].join(" ");
    }
    const fields = Object.values(type.getFields()).filter((field) => depth < this.shape.maxDepth || isLeafType(getNamedType(field.type)));
    const nesting = fields.filter((field) => !isLeafType(getNamedType(field.type)));
    // A single-field chain only reaches its depth if it keeps choosing objects over leaves.
    const candidates = this.shape.breadth === 1 && nesting.length > 0 ? nesting : fields;
    const chosen = this.random.sample(candidates, this.random.int(1, this.shape.breadth));
    return chosen.length > 0 ? chosen.map((field) => this.fieldSelection(field, depth)).join(" ") : "__typename";
  }

  /** The argument as a literal, or as a variable whose value travels in `variables`. */
  private argumentValue(argument: GraphQLArgument): string {
    const value = this.inputValue(argument.type, argument.name);
    if (this.random.chance(0.6)) return literal(value, argument.type);
    const variable = `v${this.variableDefinitions.length}`;
    this.variableDefinitions.push(`$${variable}: ${String(argument.type)}`);
    this.variables[variable] = value;
    return `$${variable}`;
  }

  private inputValue(type: GraphQLInputType, name: string): unknown {
    if (type instanceof GraphQLNonNull) return this.inputValue(type.ofType, name);
    if (this.random.chance(0.03)) return null;
    if (type instanceof GraphQLList) return Array.from({ length: this.random.int(0, 4) }, () => this.inputValue(type.ofType, name));
    if (type instanceof GraphQLEnumType) return this.random.pick(type.getValues()).name;
    if (type instanceof GraphQLInputObjectType) {
      const fields = Object.values(type.getFields()).filter((field) => field.type instanceof GraphQLNonNull || this.random.chance(0.4));
      return Object.fromEntries(fields.map((field) => [field.name, this.inputValue(field.type, field.name)]));
    }
    return this.scalarValue(type, name);
  }

  private scalarValue(type: GraphQLScalarType, name: string): unknown {
    const random = this.random;
    switch (type.name) {
      case "Int":
        if (name === "first" || name === "last")
          return random.among([
            [6, random.int(0, 100)],
            [2, random.int(101, 150)],
            [1, random.pick([0, 1, 100, 2 ** 31 - 1])],
          ]);
        return random.among([
          [6, random.int(0, 10)],
          [3, random.int(1990, 2030)],
          [1, random.pick([-1, 2 ** 31 - 1, -(2 ** 31)])],
        ]);
      case "SafeInt":
        return random.among([
          [8, random.int(-1000, 1_000_000)],
          [1, random.pick([Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER])],
        ]);
      case "PositiveInt":
        return random.among([
          [9, random.int(1, 100)],
          [1, random.pick([1, 2 ** 31 - 1])],
        ]);
      case "NonNegativeInt":
        return random.among([
          [9, random.int(0, 100)],
          [1, random.pick([0, 2 ** 31 - 1])],
        ]);
      case "Float":
        return random.among([
          [8, random.next() * 1000],
          [1, random.pick([0, -0.5, 1e300])],
        ]);
      case "Boolean":
        return random.chance(0.5);
      case "ID":
        return random.among([
          [7, () => this.sampleFor("id") ?? random.text(12)],
          [3, () => random.pick(malformedIds)],
        ])();
      case "Period":
        return random.among([
          [
            8,
            () =>
              [
                String(random.int(1990, 2030)),
                `${random.int(2000, 2025)}-${pad(random.int(1, 12))}`,
                `${random.int(2000, 2025)}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`,
              ][random.int(0, 2)],
          ],
          [1, () => random.pick(["2020-13", "2020-02-30", "20", "Q1 2020", "", "2020/06"])],
        ])();
      case "_Any":
        return this.entityRepresentation();
      default:
        if (name === "after" || name === "before") return random.pick(craftedCursors);
        return random.among([
          [6, () => this.sampleFor(name) ?? random.text(20)],
          [2, () => random.text(40)],
          // A real name, key or code in another spelling: padded, with an invisible character or a lone surrogate.
          [2, () => respell(String(this.sampleFor(name) ?? random.text(10)), random.int(0, respellings.length - 1))],
        ])();
    }
  }

  /**
   * A sample for an argument named after the field it matches: `regionCode` takes a `code`,
   * `grantorNameZh` a `nameZh`, `indicatorCodes` a `code`. Undefined when none matches.
   */
  private sampleFor(argumentName: string): unknown {
    const singular = argumentName.replace(/s$/, "").toLowerCase();
    const matches = [...this.samples.keys()].filter((field) => singular.endsWith(field.toLowerCase()) && typeof this.samples.get(field)![0] !== "object");
    if (matches.length === 0) return undefined;
    const longest = matches.reduce((best, field) => (field.length > best.length ? field : best));
    return this.random.pick(this.samples.get(longest)!);
  }

  /** A federation `_entities` representation: a typename with a key field, right or wrong for the type. */
  private entityRepresentation(): Record<string, unknown> {
    const typeNames = Object.values(this.schema.getTypeMap())
      .filter((type: GraphQLNamedType) => isObjectType(type) && !type.name.startsWith("__"))
      .map((type) => type.name);
    const keyField = this.random.pick(["code", "key", "nameZh", "titleZh", "id"]);
    return { __typename: this.random.pick([...typeNames, "NoSuchType"]), [keyField]: this.sampleFor(keyField) ?? this.random.text(10) };
  }
}

const pad = (n: number) => String(n).padStart(2, "0");

const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

/** Cursors no list hands out (other kinds of value, numbers out of range, fractions, no base64, empty) and other lists' cursors. */
const craftedCursors = [
  base64("GPC:S:abc"),
  base64('GPC:J:{"id":1}'),
  base64("GPC:N:1e309"),
  base64("GPC:N:-1"),
  base64("GPC:N:1.5"),
  base64(`GPC:N:${2 ** 31}`),
  base64("GPC:D:notadate"),
  base64("GPC:X:1"),
  "GPC:N:1",
  "",
  "%%%",
  base64("GPC:N:1"),
  // Cursors of one list (tagged with it), given to whichever list the fuzzer picks: foreign for all others.
  Buffer.from("Query.persons:1", "utf8").toString("base64url"),
  Buffer.from("Query.regions:1", "utf8").toString("base64url"),
  Buffer.from("Organisation.persons:3", "utf8").toString("base64url"),
  Buffer.from(`Query.honours:${2 ** 31}`, "utf8").toString("base64url"),
];

const respellings = [
  (value: string) => ` ${value}\u3000`,
  (value: string) => `${value}\u00a0`,
  (value: string) => `${value.slice(0, 1)}\u200b${value.slice(1)}`,
  (value: string) => `${value}\ud800`,
  (value: string) => `\udfff${value}`,
  (value: string) => `${value}\u202e`,
];
const respell = (value: string, which: number) => respellings[which]!(value);

/** Prints a value as a GraphQL literal of the given input type (enums bare, input objects with bare keys). */
function literal(value: unknown, type: GraphQLInputType): string {
  if (value === null || value === undefined) return "null";
  if (type instanceof GraphQLNonNull) return literal(value, type.ofType);
  if (type instanceof GraphQLList)
    return Array.isArray(value) ? `[${value.map((item) => literal(item, type.ofType)).join(", ")}]` : literal(value, type.ofType);
  if (type instanceof GraphQLEnumType && typeof value === "string") return value;
  if (type instanceof GraphQLInputObjectType && typeof value === "object") {
    const fields = type.getFields();
    return `{${Object.entries(value as Record<string, unknown>)
      .map(([name, fieldValue]) => `${name}: ${fields[name] ? literal(fieldValue, fields[name].type) : untypedLiteral(fieldValue)}`)
      .join(", ")}}`;
  }
  return untypedLiteral(value);
}

/** A JSON value as a GraphQL literal, for custom scalars such as `_Any`. */
function untypedLiteral(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(untypedLiteral).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    return `{${Object.entries(value)
      .map(([name, fieldValue]) => `${name}: ${untypedLiteral(fieldValue)}`)
      .join(", ")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
