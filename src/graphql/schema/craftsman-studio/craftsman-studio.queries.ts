import { standing } from "../../../db/sql-conditions.js";
import { builder } from "../../builder.js";
import { inRegionTree, RegionTreeFilter } from "../common/filters.js";
import { CraftsmanStudio } from "./craftsman-studio.type.js";

builder.queryFields((t) => ({
  craftsmanStudios: t.prismaConnection({
    type: CraftsmanStudio,
    cursor: "id",
    description: "Named craftsman and model-worker studios. Counts reported without names are reportedFigures, never records here.",
    args: { filter: t.arg({ type: RegionTreeFilter, required: false, description: "Conditions the records must meet." }) },
    resolve: async (query, _root, args, context) =>
      context.db.craftsmanStudio.findMany({
        ...query,
        where: { ...standing, ...(await inRegionTree(context, args.filter?.regionCode, "filter.regionCode")) },
        orderBy: { id: "asc" },
      }),
    totalCount: async (_connection, args, context) =>
      context.db.craftsmanStudio.count({ where: { ...standing, ...(await inRegionTree(context, args.filter?.regionCode, "filter.regionCode")) } }),
  }),
}));
