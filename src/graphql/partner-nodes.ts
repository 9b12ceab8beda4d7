import { printSubgraphSchema } from "@apollo/subgraph";
import { extendSchema, type GraphQLSchema, isObjectType, lexicographicSortSchema, parse } from "graphql";
import { SettingError } from "../errors/setting-error.js";
import { canonicalText } from "../records/canonical-text.js";

// Relay-style partners. A partner subgraph that defines its own `Query.node` shares the field with
// ours (both `@shareable`), and composition then demands that both sides can return the same Node
// types (Apollo's SHAREABLE_HAS_MISMATCHED_RUNTIME_TYPES): the router may send any node(id:) to
// either side. So each side knows the other's Node types as stand-ins, a type with only its global
// ID and `@key(fields: "id", resolvable: false)`, and answers node(id:) for the other's IDs with that
// stand-in; the router then completes it from its owner through the owner's ID key. Which types are
// a partner's is deployment configuration (FEDERATION_PARTNER_NODE_TYPES), not data of this API,
// so the stand-ins are added to the built schema here and stay out of the committed SDL.

/**
 * A partner's Node type name: PascalCase, as object types are named, so it cannot be a federation
 * or introspection name (`link__Import`, `_FieldSet`, `__Schema`); nor one the schema reserves.
 */
const typeName = /^[A-Z][A-Za-z0-9]*$/;
const reservedNames = new Set(["Query", "Mutation", "Subscription", "Node", "FieldSet", "Scope", "Policy", "String", "Int", "Float", "Boolean", "ID"]);

/** An ID's length at most: a partner's global ID is a short key, not a document. */
const maxPartnerIdLength = 512;

/** `text` with every character outside printable ASCII written as \u{…}, so an invisible one shows. */
const visible = (text: string) => text.replace(/[^\x21-\x7e]/gu, (character) => `\\u{${character.codePointAt(0)!.toString(16)}}`);

const partnerTypesBySchema = new WeakMap<GraphQLSchema, ReadonlySet<string>>();

/** Refuses, as a setting, names that cannot be a partner's Node types whatever the schema holds. */
export function assertPartnerNodeTypeNames(typenames: readonly string[]) {
  for (const [index, name] of typenames.entries()) {
    if (!typeName.test(name)) throw new SettingError(`FEDERATION_PARTNER_NODE_TYPES: "${visible(name)}" is not a type name such as TrainingCourse`);
    if (reservedNames.has(name)) throw new SettingError(`FEDERATION_PARTNER_NODE_TYPES: ${name} is a name the schema reserves`);
    if (typenames.indexOf(name) !== index) throw new SettingError(`FEDERATION_PARTNER_NODE_TYPES names ${name} twice`);
  }
}

/**
 * `schema` with a stand-in for each of the partner's Node types, and `_service.sdl` saying so. A
 * name refused by assertPartnerNodeTypeNames, or already a type of this API, stops the start: a
 * stand-in would shadow our own records.
 */
export function withPartnerNodeTypes(schema: GraphQLSchema, typenames: readonly string[]): GraphQLSchema {
  if (typenames.length === 0) return schema;
  assertPartnerNodeTypeNames(typenames);
  for (const name of typenames) {
    if (schema.getType(name)) throw new SettingError(`FEDERATION_PARTNER_NODE_TYPES names ${name}, which is a type of this API`);
  }
  const standIns = typenames.map(
    (name) => `"""A partner subgraph's record, known here only by its global ID; the router asks the partner for the rest."""
type ${name} implements Node @key(fields: "id", resolvable: false) { id: ID! }`,
  );
  // extendSchema rebuilds every type around the new ones and keeps the resolvers of the old.
  const extended = lexicographicSortSchema(extendSchema(schema, parse(standIns.join("\n")), { assumeValidSDL: true }));
  const sdl = printSubgraphSchema(extended);
  const service = extended.getQueryType()?.getFields()._service;
  if (service) service.resolve = () => ({ sdl });
  partnerTypesBySchema.set(extended, new Set(typenames));
  return extended;
}

/**
 * The stand-in a partner's global ID names in `schema`: `{ __typename, id }` when the ID is, by
 * Relay's convention, base64 (or base64url) of "Type:key" with Type one of the partner's Node
 * types; undefined for any other ID.
 */
export function partnerStandIn(schema: GraphQLSchema, globalId: string): { __typename: string; id: string } | undefined {
  const partnerTypes = partnerTypesBySchema.get(schema);
  if (!partnerTypes || globalId.length > maxPartnerIdLength || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(globalId)) return undefined;
  // Node's base64 decoder reads the URL-safe alphabet too, and ignores stray bits: the ID must be
  // what its bytes encode to, in one of the two alphabets, so one record has one ID.
  const bytes = Buffer.from(globalId, "base64");
  const spellings = [bytes.toString("base64"), bytes.toString("base64").replace(/=+$/, ""), bytes.toString("base64url")];
  if (!spellings.includes(globalId)) return undefined;
  const decoded = strictUtf8(bytes);
  const colon = decoded?.indexOf(":") ?? -1;
  if (!decoded || colon < 1 || !partnerTypes.has(decoded.slice(0, colon))) return undefined;
  // The key is a name: no padding, invisible or control character, line break (canonical-text.ts).
  const key = decoded.slice(colon + 1);
  const canonical = canonicalText(key);
  return key !== "" && "text" in canonical && canonical.text === key ? { __typename: decoded.slice(0, colon), id: globalId } : undefined;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * What a Relay-style partner adds to its own subgraph to share `Query.node` with us: our Node types
 * as stand-ins (`npm run schema -- --node-stand-ins`).
 */
export function nodeStandInsForPartners(schema: GraphQLSchema): string {
  const nodeTypes = Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && type.getInterfaces().some((face) => face.name === "Node") && !partnerTypesBySchema.get(schema)?.has(type.name))
    .map((type) => type.name)
    .sort();
  return [
    "# Reform Graph's Node types, for a partner subgraph that defines its own Query.node (README, Federation).",
    "# Answer node(id:) for these IDs with { __typename, id }; the router asks Reform Graph for the rest.",
    "interface Node { id: ID! }",
    ...nodeTypes.map((name) => `type ${name} implements Node @key(fields: "id", resolvable: false) { id: ID! }`),
    "",
  ].join("\n");
}
