import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from "@pothos/core";
import {
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLFieldResolver,
  GraphQLInt,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
} from "graphql";
import { ErrorCode, userError } from "../../../errors/error-codes.js";
import { coercedVariables, isConnectionField, pageSize, type VariableValues } from "./page-size.js";

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

// The Cursor Connections spec pages in two steps: the edges between `after` and `before`, then the
// first `first` of those, then the last `last` of those. The Prisma plugin pages in one direction
// only: it refuses `after` with `before` (and `before` with `first`, `after` with `last`) and with
// both `first` and `last` uses one. Such a connection is fetched here in one direction with a page
// large enough for both counts, then cut to the spec's window after it resolves (SpecWindow), with
// hasNextPage and hasPreviousPage as the spec's algorithm gives them.

/** A connection fetched in one direction whose answer is cut to the spec's window; cursors are the plugin's own. */
interface SpecWindow {
  /** forward: fetched after `after`, cut at `before`; backward: fetched before `before`, cut at `after`. */
  direction: "forward" | "backward";
  first?: number;
  last?: number;
  after?: string;
  before?: string;
}

/** The field nodes of the executed document whose answers are cut to a window, as rewritten by withNativeCursors. */
const specWindows = new WeakMap<FieldNode, SpecWindow>();

const intArgument = (name: string, value: number): ArgumentNode => ({
  kind: Kind.ARGUMENT,
  name: { kind: Kind.NAME, value: name },
  value: { kind: Kind.INT, value: String(value) },
});

/**
 * The field node to execute for a connection given arguments the Prisma plugin cannot page as the
 * spec does, registered with the window its answer is cut to; undefined when the plugin pages it exactly.
 */
function windowedField(node: FieldNode, values: VariableValues): FieldNode | undefined {
  const argument = (name: string) => node.arguments?.find((candidate) => candidate.name.value === name);
  const number = (name: string) => {
    const found = argument(name);
    const value = found && valueFromAST(found.value, GraphQLInt, values);
    return typeof value === "number" ? value : undefined;
  };
  const cursor = (name: string) => {
    const found = argument(name);
    return found?.value.kind === Kind.STRING ? found.value.value : undefined;
  };
  const window: SpecWindow = { direction: "forward", first: number("first"), last: number("last"), after: cursor("after"), before: cursor("before") };
  const { first, last, after, before } = window;
  const oneDirection = (first === undefined || last === undefined) && (after === undefined || before === undefined);
  const plugin = oneDirection && !(before !== undefined && first !== undefined) && !(after !== undefined && last !== undefined);
  if (plugin) return undefined;

  const kept = (node.arguments ?? []).filter((candidate) => !["first", "last", "after", "before"].includes(candidate.name.value));
  let paging: ArgumentNode[];
  // One row past both counts: whether the other cursor is just beyond them decides the page info.
  if (first !== undefined || last === undefined) {
    window.first = first ?? pageSize.default;
    paging = [...(after === undefined ? [] : [argument("after")!]), intArgument("first", Math.max(window.first, last ?? 0) + 1)];
  } else {
    window.direction = "backward";
    paging = [...(before === undefined ? [] : [argument("before")!]), intArgument("last", last + 1)];
  }
  const executed: FieldNode = { ...node, arguments: [...kept, ...paging] };
  specWindows.set(executed, window);
  return executed;
}

interface ConnectionAnswer {
  edges: ({ cursor?: unknown } | null)[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: unknown; endCursor: unknown };
}

/** Cuts a connection fetched for `window` to the spec's edges and page info. */
function cutToWindow(connection: ConnectionAnswer, window: SpecWindow): void {
  const { pageInfo } = connection;
  let edges = connection.edges;
  const indexOf = (cursor: string) => edges.findIndex((edge) => edge?.cursor === cursor);
  // Whether the window holds more edges than were fetched: the page was full and its bound not reached.
  let more: boolean;
  if (window.direction === "forward") {
    more = pageInfo.hasNextPage;
    const end = window.before === undefined ? -1 : indexOf(window.before);
    if (end >= 0) {
      edges = edges.slice(0, end);
      more = false;
    }
  } else {
    more = pageInfo.hasPreviousPage;
    const start = window.after === undefined ? -1 : indexOf(window.after);
    if (start >= 0) {
      edges = edges.slice(start + 1);
      more = false;
    }
  }
  const between = edges.length;
  if (window.first !== undefined) {
    edges = edges.slice(0, window.first);
    pageInfo.hasNextPage = between > window.first || more;
  }
  if (window.last !== undefined) {
    edges = edges.slice(Math.max(0, edges.length - window.last));
    pageInfo.hasPreviousPage = between > window.last || more;
  }
  connection.edges = edges;
  pageInfo.startCursor = edges[0]?.cursor ?? null;
  pageInfo.endCursor = edges.at(-1)?.cursor ?? null;
}

/**
 * The document to execute: every `after:` and `before:` of a connection, literal or variable,
 * checked to be a cursor of that very list and replaced by the Prisma plugin's own cursor for it
 * (anything else is BAD_USER_INPUT naming the argument and the list), and every connection given
 * arguments the plugin cannot page as the spec does rewritten to one direction (windowedField).
 * The same document comes back when there is nothing to replace.
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
      Field: {
        // On leave, when its cursors have been replaced: the node returned here is the one executed.
        leave(node) {
          const field = typeInfo.getFieldDef();
          if (!field || !isConnectionField(field)) return;
          const executed = windowedField(node, values);
          if (!executed) return;
          replaced = true;
          return executed;
        },
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
      const window = specWindows.get(info.fieldNodes[0]!);
      const answer = (connection: unknown) => {
        if (window && connection && typeof connection === "object") cutToWindow(connection as ConnectionAnswer, window);
        tagCursors(list, connection);
        return connection;
      };
      const result: unknown = resolver(parent, args, context, info);
      return result instanceof Promise ? result.then(answer) : answer(result);
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
