import SchemaBuilder from "@pothos/core";
import DirectivePlugin from "@pothos/plugin-directives";
import ErrorsPlugin from "@pothos/plugin-errors";
import FederationPlugin from "@pothos/plugin-federation";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import { type AuthScopes, refusal } from "../auth/scopes.js";
import type PrismaTypes from "../generated/pothos-types.js";
import { getDatamodel } from "../generated/pothos-types.js";
import { authScopesOf } from "./auth-scopes.js";
import type { Context } from "./context.js";
import { decodeNodeId, encodeNodeId } from "./schema/common/global-id.js";
import { pageSize } from "./schema/common/page-size.js";
import "./schema/common/list-bounds.js";
import "./schema/common/list-cursors.js";
import "./schema/common/total-count-plugin.js";

/** The one SchemaBuilder: plugins, scalars and root types. It defines no domain types. */
export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: AuthScopes;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  Scalars: {
    ID: { Input: string; Output: string | number };
    SafeInt: { Input: number; Output: number };
    PositiveInt: { Input: number; Output: number };
    NonNegativeInt: { Input: number; Output: number };
    Period: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date };
    JSONObject: { Input: Record<string, unknown>; Output: Record<string, unknown> };
  };
}>({
  // Relay first so authScopes functions see decoded global IDs; scope-auth before the errors
  // plugin so a refusal is a top-level UNAUTHENTICATED/FORBIDDEN error, not a mutation result.
  plugins: [RelayPlugin, ScopeAuthPlugin, ErrorsPlugin, PrismaPlugin, DirectivePlugin, FederationPlugin, "totalCountDescription", "listLimits", "listCursors"],
  scopeAuth: {
    authScopes: authScopesOf,
    unauthorizedError: (_parent, context, _info, result) => refusal(context.viewer, result.message),
  },
  errors: { defaultTypes: [] },
  defaultFieldNullability: false,
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    encodeGlobalID: encodeNodeId,
    decodeGlobalID: decodeNodeId,
    nodesOnConnection: { description: "The records of this page, without their cursors. 本页记录" },
    idFieldOptions: { description: "Global ID: opaque and stable, for node(id:) and client caches. 全局标识" },
    nodeTypeOptions: { description: "A record that can be fetched by its global ID with node(id:). 可寻址记录" },
    pageInfoTypeOptions: { description: "Where a page sits in the whole list (Relay cursor pagination). 分页信息", shareable: true },
    defaultConnectionTypeOptions: { description: "One page of a list, with its total size (Relay connection). 分页列表" },
    defaultEdgeTypeOptions: { description: "One record of a page with its cursor. 记录与游标" },
    edgesFieldOptions: { description: "The records of this page with their cursors." },
    nodeFieldOptions: { description: "The record." },
    cursorFieldOptions: { description: "Opaque position of this record, for after: / before:." },
    pageInfoFieldOptions: { description: "Where this page sits in the whole list." },
    hasNextPageFieldOptions: { description: "Whether records follow this page.", shareable: true },
    hasPreviousPageFieldOptions: { description: "Whether records precede this page.", shareable: true },
    startCursorFieldOptions: { description: "Cursor of the first record of this page.", shareable: true },
    endCursorFieldOptions: { description: "Cursor of the last record of this page.", shareable: true },
    firstArgOptions: { description: "Page size from the start or from `after` (default 20, at most 100)." },
    lastArgOptions: { description: "Page size from the end or from `before` (at most 100)." },
    afterArgOptions: { description: "Return records after this cursor." },
    beforeArgOptions: { description: "Return records before this cursor." },
    // `node(id:)` and `nodes(ids:)` are defined in schema/common/node-lookups.ts: the plugin's decode
    // the IDs as arguments, so one malformed ID failed the whole field, and a partner's ID could not
    // be answered with its stand-in.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
  },
  // Every prismaNode sets `nullable: true` so a global ID whose record is gone loads as null,
  // which `node`/`nodes` turn into a NOT_FOUND error instead of a Prisma exception.
  prisma: {
    client: (context) => context.db,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    defaultConnectionSize: pageSize.default,
    // One row more than a client may ask for (assertConnectionArguments refuses more before anything
    // runs): a connection paged as the spec does looks one row past its window (list-cursors.ts).
    maxConnectionSize: pageSize.max + 1,
    onUnusedQuery: process.env.NODE_ENV === "production" ? null : "error",
  },
});

builder.queryType({ description: "Reads: every list is a Relay connection; every record carries its source." });
builder.mutationType({
  description:
    "Writes by city editors (in their own region subtree) and admins: validated, transactional, versioned and audited; records are retired, never deleted.",
});
