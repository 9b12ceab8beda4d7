import { printSubgraphSchema } from "@apollo/subgraph";
import { extendSchema, type GraphQLSchema, isObjectType, lexicographicSortSchema, parse } from "graphql";
import { SettingError } from "../errors/setting-error.js";

// Relay-style partners. A partner subgraph that defines its own `Query.node` shares the field with
// ours (both `@shareable`), and composition then demands that both sides can return the same Node
// types (Apollo's SHAREABLE_HAS_MISMATCHED_RUNTIME_TYPES): the router may send any node(id:) to
// either side. So each side knows the other's Node types as stand-ins, a type with only its global
// ID and `@key(fields: "id", resolvable: false)`, and answers node(id:) for the other's IDs with that
// stand-in; the router then completes it from its owner through the owner's ID key. Which types are
// a partner's is deployment configuration (FEDERATION_PARTNER_NODE_TYPES), not data of this API,
// so the stand-ins are added to the built schema here and stay out of the committed SDL.

/** A GraphQL type name, as a partner's Node type must be. */
const typeName = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `text` with every character outside printable ASCII written as \u{…}, so an invisible one shows. */
const visible = (text: string) => text.replace(/[^\x21-\x7e]/gu, (character) => `\\u{${character.codePointAt(0)!.toString(16)}}`);

const partnerTypesBySchema = new WeakMap<GraphQLSchema, ReadonlySet<string>>();

/**
 * `schema` with a stand-in for each of the partner's Node types, and `_service.sdl` saying so. A
 * name that is no GraphQL type name, is given twice or is already a type of this API stops the
 * start: a stand-in would shadow our own records.
 */
export function withPartnerNodeTypes(schema: GraphQLSchema, typenames: readonly string[]): GraphQLSchema {
  if (typenames.length === 0) return schema;
  for (const [index, name] of typenames.entries()) {
    if (!typeName.test(name) || name.startsWith("__")) throw new SettingError(`FEDERATION_PARTNER_NODE_TYPES: "${visible(name)}" is not a GraphQL type name`);
    if (typenames.indexOf(name) !== index) throw new SettingError(`FEDERATION_PARTNER_NODE_TYPES names ${name} twice`);
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
  if (!partnerTypes || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(globalId)) return undefined;
  // Node's base64 decoder reads the URL-safe alphabet too.
  const decoded = Buffer.from(globalId, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  const typename = decoded.slice(0, Math.max(colon, 0));
  return partnerTypes.has(typename) && colon < decoded.length - 1 ? { __typename: typename, id: globalId } : undefined;
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
