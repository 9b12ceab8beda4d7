import { standing } from "../../../db/sql-conditions.js";
import { builder } from "../../builder.js";
import { inRegionTree, RegionTreeFilter } from "../common/filters.js";
import { DemonstrationPoint } from "./demonstration-point.type.js";

builder.queryFields((t) => ({
  demonstrationPoints: t.prismaConnection({
    type: DemonstrationPoint,
    cursor: "id",
    description: "Named reform demonstration points. Counts reported without names are reportedFigures, never records here.",
    args: { filter: t.arg({ type: RegionTreeFilter, required: false, description: "Conditions the records must meet." }) },
    resolve: async (query, _root, args, context) =>
      context.db.demonstrationPoint.findMany({
        ...query,
        where: { ...standing, ...(await inRegionTree(context, args.filter?.regionCode, "filter.regionCode")) },
        orderBy: { id: "asc" },
      }),
    totalCount: async (_connection, args, context) =>
      context.db.demonstrationPoint.count({ where: { ...standing, ...(await inRegionTree(context, args.filter?.regionCode, "filter.regionCode")) } }),
  }),
}));
