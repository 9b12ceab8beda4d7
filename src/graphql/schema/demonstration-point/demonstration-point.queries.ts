import { standing } from "../../../db/sql-conditions.js";
import type { Prisma } from "../../../generated/sqlite/index.js";
import { builder } from "../../builder.js";
import { inRegionTree, RegionTreeFilter } from "../common/filters.js";
import { listOrder, orderArgumentDescription, recordedOrder } from "../common/list-order.js";
import { DemonstrationPoint } from "./demonstration-point.type.js";

const demonstrationPointsOrder = listOrder<Prisma.DemonstrationPointOrderByWithRelationInput>()("DemonstrationPoint", "demonstration points", {
  NAME_ZH: { description: "Chinese name, by code point.", clauses: (direction) => [{ nameZh: direction }] },
  DESIGNATED: {
    description: "When designated; undated points come last in either direction.",
    clauses: (direction) => [{ designated: { sort: direction, nulls: "last" } }],
  },
  RECORDED: recordedOrder(),
});

builder.queryFields((t) => ({
  demonstrationPoints: t.prismaConnection({
    type: DemonstrationPoint,
    cursor: "id",
    description: "Named reform demonstration points. Counts reported without names are reportedFigures, never records here.",
    args: {
      filter: t.arg({ type: RegionTreeFilter, required: false, description: "Conditions the records must meet." }),
      orderBy: t.arg({ type: demonstrationPointsOrder.input, required: false, description: orderArgumentDescription }),
    },
    resolve: async (query, _root, args, context) =>
      context.db.demonstrationPoint.findMany({
        ...query,
        where: { ...standing, ...(await inRegionTree(context, args.filter?.regionCode, "filter.regionCode")) },
        orderBy: demonstrationPointsOrder.orderBy(args.orderBy, [{ id: "asc" }]),
      }),
    totalCount: async (_connection, args, context) =>
      context.db.demonstrationPoint.count({ where: { ...standing, ...(await inRegionTree(context, args.filter?.regionCode, "filter.regionCode")) } }),
  }),
}));
