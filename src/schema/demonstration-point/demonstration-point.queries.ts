import { builder } from "../../builder.js";
import { inRegionTree } from "../common/filters.js";
import { DemonstrationPoint } from "./demonstration-point.type.js";

builder.queryFields((t) => ({
  demonstrationPoints: t.prismaConnection({
    type: DemonstrationPoint,
    cursor: "id",
    description: "Named reform demonstration points. Counts reported without names are reportedFigures.",
    args: { regionCode: t.arg.string({ required: false, description: "Only those in this division or below it." }) },
    resolve: async (query, _root, args, context) =>
      context.db.demonstrationPoint.findMany({ ...query, where: await inRegionTree(context, args.regionCode, "regionCode"), orderBy: { id: "asc" } }),
    totalCount: async (_connection, args, context) =>
      context.db.demonstrationPoint.count({ where: await inRegionTree(context, args.regionCode, "regionCode") }),
  }),
}));
