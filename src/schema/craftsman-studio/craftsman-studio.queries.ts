import { builder } from "../../builder.js";
import { inRegionTree } from "../common/filters.js";
import { CraftsmanStudio } from "./craftsman-studio.type.js";

builder.queryFields((t) => ({
  craftsmanStudios: t.prismaConnection({
    type: CraftsmanStudio,
    cursor: "id",
    description: "Named craftsman and model-worker studios. Counts reported without names are reportedFigures.",
    args: { regionCode: t.arg.string({ required: false, description: "Only those in this division or below it." }) },
    resolve: async (query, _root, args, context) =>
      context.db.craftsmanStudio.findMany({ ...query, where: await inRegionTree(context, args.regionCode, "regionCode"), orderBy: { id: "asc" } }),
    totalCount: async (_connection, args, context) =>
      context.db.craftsmanStudio.count({ where: await inRegionTree(context, args.regionCode, "regionCode") }),
  }),
}));
