import { builder } from "../../builder.js";
import { inRegionTree } from "../common/filters.js";
import { Ranking } from "./ranking.type.js";

builder.queryFields((t) => ({
  rankings: t.prismaConnection({
    type: Ranking,
    cursor: "id",
    description: "Rankings, best place first.",
    args: { regionCode: t.arg.string({ required: false, description: "Only rankings of this division or those below it." }) },
    resolve: async (query, _root, args, context) =>
      context.db.ranking.findMany({
        ...query,
        where: await inRegionTree(context, args.regionCode, "regionCode"),
        orderBy: [{ rank: "asc" }, { id: "asc" }],
      }),
    totalCount: async (_connection, args, context) =>
      context.db.ranking.count({ where: await inRegionTree(context, args.regionCode, "regionCode") }),
  }),
}));
