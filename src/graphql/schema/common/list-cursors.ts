import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from "@pothos/core";
import {
  type DocumentNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
} from "graphql";
import { ErrorCode, userError } from "../../../errors/error-codes.js";
import { coercedVariables, isConnectionField, type VariableValues } from "./page-size.js";

// A cursor names a position in one list: base64url("Parent.field:<record id>"), e.g. the
// `Query.persons` list at person 41. The Prisma plugin pages every connection by record id with
// cursors of its own (base64("GPC:N:<id>")), which say nothing of the list they came from, so a
// `persons` cursor given to `regions` would silently start that list at some region. Cursors are
// tagged with their list on the way out (the plugin below), and checked against the list they are
// given to and turned back into the plugin's own on the way in (before execution, because the
// plugin reads nested connections' arguments from the document while loading their parent).

/** Record ids are 32-bit integers on both databases: a cursor past the largest names no position. */
const maxRecordId = 2 ** 31 - 1;

export function encodeListCursor(list: string, recordId: number | string): string {
  return Buffer.from(`${list}:${recordId}`, "utf8").toString("base64url");
}

/** The record id a cursor of `list` names; undefined for anything else (another list's cursor, a malformed or out-of-range one). */
export function decodeListCursor(list: string, cursor: string): number | undefined {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) return undefined;
  const match = /^([A-Za-z_]\w*\.[A-Za-z_]\w*):(0|[1-9]\d{0,9})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  if (!match || match[1] !== list) return undefined;
  const id = Number(match[2]);
  return id <= maxRecordId ? id : undefined;
}

/** The Prisma plugin's cursor for a record id, which the connection resolvers read. */
const nativeCursor = (recordId: number) => Buffer.from(`GPC:N:${recordId}`, "utf8").toString("base64");

/** The record id in one of the Prisma plugin's cursors (they are made here only from ids, so they always hold one). */
function recordIdOfNative(cursor: string): string | undefined {
  return /^GPC:N:(\d+)$/.exec(Buffer.from(cursor, "base64").toString("utf8"))?.[1];
}

const listOf = (parentType: string, field: string) => `${parentType}.${field}`;

/**
 * The document to execute: every `after:` and `before:` of a connection, literal or variable,
 * checked to be a cursor of that very list and replaced by the Prisma plugin's own cursor for it.
 * Anything else is BAD_USER_INPUT naming the argument and the list. The same document comes back
 * when no connection is given a cursor.
 */
export function withNativeCursors(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: VariableValues | undefined,
): DocumentNode {
  const values = coercedVariables(schema, operation, variables);
  const typeInfo = new TypeInfo(schema);
  let replaced = false;
  const executable = visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const field = typeInfo.getFieldDef();
        const parentType = typeInfo.getParentType();
        const argument = typeInfo.getArgument();
        if ((node.name.value !== "after" && node.name.value !== "before") || !field || !parentType || !argument || !isConnectionField(field)) return;
        const cursor = valueFromAST(node.value, argument.type, values);
        if (typeof cursor !== "string") return;
        const list = listOf(parentType.name, field.name);
        const recordId = decodeListCursor(list, cursor);
        if (recordId === undefined) {
          throw userError(ErrorCode.badUserInput, `${node.name.value}: "${cursor.slice(0, 80)}" is not a cursor of ${list}; use a cursor this list returned.`, {
            argument: node.name.value,
          });
        }
        replaced = true;
        return { ...node, value: { kind: Kind.STRING, value: nativeCursor(recordId) } };
      },
    }),
  );
  return replaced ? executable : document;
}

/** Tags the cursors a connection answers with (each edge's, and the page's first and last) with the list they belong to. */
function tagCursors(list: string, connection: unknown): void {
  if (!connection || typeof connection !== "object") return;
  const { edges, pageInfo } = connection as { edges?: unknown; pageInfo?: Record<string, unknown> };
  const tag = (cursor: unknown) => {
    const recordId = typeof cursor === "string" ? recordIdOfNative(cursor) : undefined;
    return recordId === undefined ? cursor : encodeListCursor(list, recordId);
  };
  for (const edge of Array.isArray(edges) ? edges : []) {
    if (edge && typeof edge === "object" && "cursor" in edge) edge.cursor = tag(edge.cursor);
  }
  if (pageInfo && typeof pageInfo === "object") {
    pageInfo.startCursor = tag(pageInfo.startCursor);
    pageInfo.endCursor = tag(pageInfo.endCursor);
  }
}

/** Every connection field answers with cursors tagged with its list (see the top of this file). */
export class ListCursorsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types["Context"], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types["Context"], object> {
    const argumentNames = Object.keys(fieldConfig.args ?? {});
    if (!argumentNames.includes("first") && !argumentNames.includes("last")) return resolver;
    const list = listOf(fieldConfig.parentType, fieldConfig.name);
    return (parent, args, context, info) => {
      const result: unknown = resolver(parent, args, context, info);
      if (result instanceof Promise) {
        return result.then((connection: unknown) => {
          tagCursors(list, connection);
          return connection;
        });
      }
      tagCursors(list, result);
      return result;
    };
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      listCursors: ListCursorsPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin("listCursors", ListCursorsPlugin);
