import { standing } from "../../../db/sql-conditions.js";
import type { Prisma } from "../../../generated/sqlite/index.js";
import { builder } from "../../builder.js";
import { inRegionTree, RegionTreeFilter } from "../common/filters.js";
import { listOrder, orderArgumentDescription, recordedOrder } from "../common/list-order.js";
import { CraftsmanStudio } from "./craftsman-studio.type.js";

const craftsmanStudiosOrder = listOrder<Prisma.CraftsmanStudioOrderByWithRelationInput>()("CraftsmanStudio", "craftsman studios", {
  NAME_ZH: { description: "Chinese name, by code point.", clauses: (direction) => [{ nameZh: direction }] },
  ESTABLISHED: {
    description: "When established; undated studios come last in either direction.",
    clauses: (direction) => [{ established: { sort: direction, nulls: "last" } }],
  },
  RECORDED: recordedOrder(),
});

builder.queryFields((t) => ({
  craftsmanStudios: t.prismaConnection({
    type: CraftsmanStudio,
    cursor: "id",
    description: "Named craftsman and model-worker studios. Counts reported without names are reportedFigures, never records here.",
    args: {
      filter: t.arg({ type: RegionTreeFilter, required: false, description: "Conditions the records must meet." }),
      orderBy: t.arg({ type: craftsmanStudiosOrder.input, required: false, description: orderArgumentDescription }),
    },
    resolve: async (query, _root, args, context) =>
      context.db.craftsmanStudio.findMany({
        ...query,
        where: { ...standing, ...(await inRegionTree(context, args.filter?.regionCode, "filter.regionCode")) },
        orderBy: craftsmanStudiosOrder.orderBy(args.orderBy, [{ id: "asc" }]),
      }),
    totalCount: async (_connection, args, context) =>
      context.db.craftsmanStudio.count({ where: { ...standing, ...(await inRegionTree(context, args.filter?.regionCode, "filter.regionCode")) } }),
  }),
}));
