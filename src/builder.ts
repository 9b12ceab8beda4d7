import SchemaBuilder from "@pothos/core";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import type PrismaTypes from "./generated/pothos-types.js";
import { getDatamodel } from "./generated/pothos-types.js";
import type { Context } from "./context.js";
import { decodeNodeId, encodeNodeId, resolveNodeIds } from "./schema/common/global-id.js";
import { pageSize } from "./schema/common/page-size.js";

/** The one SchemaBuilder: plugins, scalars and root types. It defines no domain types. */
export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  Scalars: {
    ID: { Input: string; Output: string | number };
    SafeInt: { Input: number; Output: number };
    PositiveInt: { Input: number; Output: number };
    NonNegativeInt: { Input: number; Output: number };
    Period: { Input: string; Output: string };
  };
}>({
  plugins: [RelayPlugin, PrismaPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    encodeGlobalID: encodeNodeId,
    decodeGlobalID: decodeNodeId,
    nodesOnConnection: true,
    nodeQueryOptions: {
      description: "Fetches any record by its global ID. An unknown ID is a NOT_FOUND error, a malformed one INVALID_ID.",
      resolve: async (_root, { id }, _context, info, resolveNode) => {
        const [node] = await resolveNodeIds(info, [id], async ([one]) => [await resolveNode(one!)]);
        if (node instanceof Error) throw node;
        return node;
      },
    },
    nodesQueryOptions: {
      description: "Fetches records by global ID, in the order given; each unknown or malformed ID is an error at its position.",
      resolve: (_root, { ids }, _context, info, resolveNodes) => resolveNodeIds(info, ids, resolveNodes),
    },
  },
  // Every prismaNode sets `nullable: true` so a global ID whose record is gone loads as null,
  // which `node`/`nodes` turn into a NOT_FOUND error instead of a Prisma exception.
  prisma: {
    client: (context) => context.db,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    defaultConnectionSize: pageSize.default,
    maxConnectionSize: pageSize.max,
    onUnusedQuery: process.env.NODE_ENV === "production" ? null : "error",
  },
});

builder.queryType({ description: "Reads: every list is a Relay connection; every record carries its source." });
