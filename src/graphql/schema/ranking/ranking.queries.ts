import type { Prisma } from "../../../generated/sqlite/index.js";
import { builder } from "../../builder.js";
import type { Context } from "../../context.js";
import { organisationId, regionSubtree } from "../common/filters.js";
import { listOrder, orderArgumentDescription, recordedOrder } from "../common/list-order.js";
import { Ranking } from "./ranking.type.js";

const RankingFilter = builder.inputType("RankingFilter", {
  description: "Narrows a list of rankings; all given conditions must hold.",
  fields: (t) => ({
    regionCode: t.string({
      required: false,
      description: "Only rankings of this division or any below it, or of organisations located there.",
    }),
    organisationNameZh: t.string({ required: false, description: "Only rankings of this organisation." }),
    scopeRegionCode: t.string({ required: false, description: "Only comparisons made across exactly this division." }),
  }),
});

async function rankingWhere(filter: typeof RankingFilter.$inferInput | null | undefined, context: Context) {
  if (!filter) return {};
  const within = filter.regionCode ? await regionSubtree(context, filter.regionCode, "filter.regionCode") : undefined;
  return {
    ...(within ? { OR: [{ region: within }, { organisation: { region: within } }] } : {}),
    ...(filter.organisationNameZh ? { organisationId: await organisationId(context, filter.organisationNameZh, "filter.organisationNameZh") } : {}),
    ...(filter.scopeRegionCode ? { scopeRegionId: (await context.keys.regions.require(filter.scopeRegionCode, "filter.scopeRegionCode")).id } : {}),
  };
}

const rankingsOrder = listOrder<Prisma.RankingOrderByWithRelationInput>()("Ranking", "rankings", {
  RANK: { description: "The place (the default, best first).", clauses: (direction) => [{ rank: direction }] },
  PERIOD: {
    description: "The period; undated rankings come last in either direction.",
    clauses: (direction) => [{ period: { sort: direction, nulls: "last" } }],
  },
  RECORDED: recordedOrder(),
});

builder.queryFields((t) => ({
  rankings: t.prismaConnection({
    type: Ranking,
    cursor: "id",
    description: "Rankings, best place first.",
    args: {
      filter: t.arg({ type: RankingFilter, required: false, description: "Conditions the records must meet; all given ones must hold." }),
      orderBy: t.arg({ type: rankingsOrder.input, required: false, description: orderArgumentDescription }),
    },
    resolve: async (query, _root, args, context) =>
      context.db.ranking.findMany({
        ...query,
        where: await rankingWhere(args.filter, context),
        orderBy: rankingsOrder.orderBy(args.orderBy, [{ rank: "asc" }, { id: "asc" }]),
      }),
    totalCount: async (_connection, args, context) => context.db.ranking.count({ where: await rankingWhere(args.filter, context) }),
  }),
}));
