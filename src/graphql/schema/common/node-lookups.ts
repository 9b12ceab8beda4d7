import { brandWithType } from "@pothos/core";
import { getRefFromModel } from "@pothos/plugin-prisma";
import { builder } from "../../builder.js";
import { decodeNodeId, loadNodesByType, resolveNodeIds } from "./global-id.js";

// `nodes(ids:)`: each ID is decoded here, at its position, so a malformed one is a null and an
// INVALID_ID error at that index while the others load (the relay plugin's own field decodes the
// IDs as its argument, so one bad ID failed the field and, the list being non-null, the answer).

/** The decoded ID, or the INVALID_ID error of one that is malformed. */
function decodedOrError(globalId: string) {
  try {
    return decodeNodeId(globalId);
  } catch (error) {
    return error as Error;
  }
}

builder.queryField("nodes", (t) =>
  t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    description: "Fetches records by global ID, in the order given; each unknown or malformed ID is an error at its position.",
    args: { ids: t.arg.idList({ required: true, description: "Global IDs, as the id fields of records return them." }) },
    // The valid IDs are loaded with one query per type of record.
    resolve: async (_root, { ids }, context, info) => {
      const decoded = ids.map((id) => decodedOrError(String(id)));
      const valid = decoded.filter((nodeId): nodeId is Exclude<typeof nodeId, Error> => !(nodeId instanceof Error));
      const loaded = await resolveNodeIds(info, valid, (nodeIds) =>
        loadNodesByType(context, info, nodeIds, (record, typename) => brandWithType(record, getRefFromModel(typename, builder))),
      );
      let next = 0;
      return decoded.map((nodeId) => (nodeId instanceof Error ? nodeId : loaded[next++]));
    },
  }),
);
