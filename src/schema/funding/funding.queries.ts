import { builder } from "../../builder.js";
import type { Context } from "../../context.js";
import { FundingPurposeEnum, SortDirectionEnum } from "../common/enums.js";
import { PeriodRange, inRegionTree, periodCondition } from "../common/filters.js";
import { FundingAllocation } from "./funding.type.js";

const FundingFilter = builder.inputType("FundingFilter", {
  description: "Narrows a list of funding allocations; all given conditions must hold.",
  fields: (t) => ({
    purposes: t.field({ type: [FundingPurposeEnum], required: false, description: "Only these purposes." }),
    regionCode: t.string({ required: false, description: "Only money going to this division or any below it." }),
    payerNameZh: t.string({ required: false, description: "Only money this organisation pays." }),
    period: t.field({ type: PeriodRange, required: false, description: "Only allocations dated in this span." }),
  }),
});

const FundingOrder = builder.inputType("FundingOrder", {
  description: "Sort order for funding allocations: by amount (lower bound for ranges), then id.",
  fields: (t) => ({ direction: t.field({ type: SortDirectionEnum, required: false, defaultValue: "DESC", description: "Direction." }) }),
});

async function fundingWhere(filter: typeof FundingFilter.$inferInput | null | undefined, context: Context) {
  if (!filter) return {};
  return {
    ...(filter.purposes ? { purpose: { in: filter.purposes } } : {}),
    ...(await inRegionTree(context, filter.regionCode, "filter.regionCode")),
    ...(filter.payerNameZh ? { payer: { nameZh: filter.payerNameZh } } : {}),
    ...(filter.period ? { period: periodCondition(filter.period) } : {}),
  };
}

builder.queryFields((t) => ({
  fundingAllocations: t.prismaConnection({
    type: FundingAllocation,
    cursor: "id",
    description: "Funding allocations by purpose, region tree, payer and period; in recorded order unless orderBy is given.",
    args: { filter: t.arg({ type: FundingFilter, required: false, description: "Conditions the records must meet; all given ones must hold." }), orderBy: t.arg({ type: FundingOrder, required: false, description: "Sort order; ties are broken by record id." }) },
    resolve: async (query, _root, args, context) => {
      const direction = args.orderBy?.direction === "ASC" ? "asc" : "desc";
      return context.db.fundingAllocation.findMany({
        ...query,
        where: await fundingWhere(args.filter, context),
        orderBy: args.orderBy ? [{ amountCny: direction }, { id: direction }] : [{ id: "asc" }],
      });
    },
    totalCount: async (_connection, args, context) => context.db.fundingAllocation.count({ where: await fundingWhere(args.filter, context) }),
  }),
}));
