import type { ObjectRef } from "@pothos/core";
import type { Selection } from "@pothos/plugin-federation";
import { builder } from "../../builder.js";
import { decodeNodeIdOrError, loadReference, typeRefusal } from "./global-id.js";
import type { BuilderTypes } from "./record-inputs.js";

// Every Node type is a federation entity keyed by its global ID, and by its natural key where it
// has one. The ID key is what lets a Relay-style partner subgraph point at any of our records and
// share `Query.node` with us (README, "Relay-style partners"); the natural key is what a partner
// that knows our data by its meaning (a division code, an organisation's name) uses.

/**
 * Declares `ref` (the prismaNode of model `typename`) an entity: `@key(fields: "<naturalKey>")
 * @key(fields: "id")`. A representation is resolved by whichever key it carries; an ID that is
 * malformed or names another type names nothing here (null), as an unknown natural key does; a
 * viewer who may not read the type at all is refused. Every natural key of this API is one string
 * field.
 */
export function asNodeEntity<Shape, NaturalKey extends Record<string, string>>(
  ref: ObjectRef<BuilderTypes, Shape>,
  typename: string,
  naturalKey?: Selection<NaturalKey>,
) {
  const byId = builder.selection<{ id: string }>("id");
  builder.asEntity(ref, {
    key: naturalKey ? [naturalKey, byId] : [byId],
    // Async, so a refusal is an error at its representation's position rather than of the whole list.
    resolveReference: async (representation: Partial<Record<string, string>>, context, info) => {
      // Refused before anything is loaded: a null or a record would tell whether it exists.
      const refused = typeRefusal(context, info.schema, typename);
      if (refused) throw refused;
      const naturalValue = naturalKey && representation[naturalKey.selection];
      if (naturalKey && typeof naturalValue === "string") return loadReference<Shape>(context, info, typename, naturalKey.selection, naturalValue);
      const nodeId = typeof representation.id === "string" ? decodeNodeIdOrError(representation.id) : undefined;
      if (!nodeId || nodeId instanceof Error || nodeId.typename !== typename) return null;
      return loadReference<Shape>(context, info, typename, "id", Number(nodeId.id));
    },
  });
}
