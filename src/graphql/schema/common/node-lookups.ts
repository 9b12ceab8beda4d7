import { brandWithType } from "@pothos/core";
import { getRefFromModel } from "@pothos/plugin-prisma";
import type { GraphQLResolveInfo } from "graphql";
import { builder } from "../../builder.js";
import type { Context } from "../../context.js";
import { partnerStandIn } from "../../partner-nodes.js";
import { decodeNodeIdOrError, loadNodesByType, resolveNodeIds } from "./global-id.js";

// `node(id:)` and `nodes(ids:)`. Each ID is read here, at its position: a malformed one is a null
// and an INVALID_ID error at that index while the others load (the relay plugin's own fields decode
// the IDs as arguments, so one bad ID failed the field and, `nodes` being non-null, the answer). Both
// are @shareable, so a Relay-style partner that defines its own can compose with us: an ID of one of
// the partner's Node types is answered with its stand-in (partner-nodes.ts).

/**
 * The records the IDs name, in their order, with one query per type of record; an unknown or
 * malformed ID is an error at its position.
 */
async function lookUpNodes(globalIds: readonly string[], context: Context, info: GraphQLResolveInfo): Promise<unknown[]> {
  const read = globalIds.map((globalId) => partnerStandIn(info.schema, globalId) ?? decodeNodeIdOrError(globalId));
  const ours = read.filter((entry) => "typename" in entry);
  const loaded = await resolveNodeIds(context, info, ours, (nodeIds) =>
    loadNodesByType(context, info, nodeIds, (record, typename) => brandWithType(record, getRefFromModel(typename, builder))),
  );
  let next = 0;
  return read.map((entry) => ("typename" in entry ? loaded[next++] : entry));
}

builder.queryField("node", (t) =>
  t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    shareable: true,
    description: "Fetches any record by its global ID. An unknown ID is a NOT_FOUND error, a malformed one INVALID_ID.",
    args: { id: t.arg.id({ required: true, description: "A global ID, as the id field of any record returns it." }) },
    resolve: async (_root, { id }, context, info) => {
      const [node] = await lookUpNodes([String(id)], context, info);
      if (node instanceof Error) throw node;
      return node;
    },
  }),
);

builder.queryField("nodes", (t) =>
  t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    shareable: true,
    description: "Fetches records by global ID, in the order given; each unknown or malformed ID is an error at its position.",
    args: { ids: t.arg.idList({ required: true, description: "Global IDs, as the id fields of records return them." }) },
    resolve: (_root, { ids }, context, info) => lookUpNodes(ids.map(String), context, info),
  }),
);
