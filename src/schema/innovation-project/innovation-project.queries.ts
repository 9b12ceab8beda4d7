import { builder } from "../../builder.js";
import { inRegionTree } from "../common/filters.js";
import { InnovationProject } from "./innovation-project.type.js";

builder.queryFields((t) => ({
  innovationProjects: t.prismaConnection({
    type: InnovationProject,
    cursor: "id",
    description: "Named worker innovation projects. Counts reported without names are reportedFigures.",
    args: { regionCode: t.arg.string({ required: false, description: "Only those in this division or below it." }) },
    resolve: async (query, _root, args, context) =>
      context.db.innovationProject.findMany({ ...query, where: await inRegionTree(context, args.regionCode, "regionCode"), orderBy: { id: "asc" } }),
    totalCount: async (_connection, args, context) =>
      context.db.innovationProject.count({ where: await inRegionTree(context, args.regionCode, "regionCode") }),
  }),
}));
