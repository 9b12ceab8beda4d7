import { standing, yearCondition } from "../../../db/sql-conditions.js";
import type { Prisma } from "../../../generated/sqlite/index.js";
import { builder } from "../../builder.js";
import type { Context } from "../../context.js";
import { FundingPurpose } from "../common/enums.js";
import { inRegionTree, organisationId, YearRange } from "../common/filters.js";
import { listOrder, orderArgumentDescription, recordedOrder } from "../common/list-order.js";
import { FundingAllocation } from "./funding.type.js";

const FundingFilter = builder.inputType("FundingFilter", {
  description: "Narrows a list of funding allocations; all given conditions must hold.",
  fields: (t) => ({
    purposes: t.field({ type: [FundingPurpose], required: false, description: "Only these purposes." }),
    regionCode: t.string({ required: false, description: "Only money going to this division or any below it." }),
    payerNameZh: t.string({ required: false, description: "Only money this organisation pays." }),
    period: t.field({ type: YearRange, required: false, description: "Only allocations dated in these years." }),
  }),
});

const fundingOrder = listOrder<Prisma.FundingAllocationOrderByWithRelationInput>()("Funding", "funding allocations", {
  AMOUNT: { description: "The amount (the lower bound for ranges).", clauses: (direction) => [{ amountCny: direction }] },
  PERIOD: {
    description: "The period; undated allocations come last in either direction.",
    clauses: (direction) => [{ period: { sort: direction, nulls: "last" } }],
  },
  RECORDED: recordedOrder(),
});

async function fundingWhere(filter: typeof FundingFilter.$inferInput | null | undefined, context: Context) {
  if (!filter) return standing;
  return {
    ...standing,
    ...(filter.purposes ? { purpose: { in: filter.purposes } } : {}),
    ...(await inRegionTree(context, filter.regionCode, "filter.regionCode")),
    ...(filter.payerNameZh ? { payerId: await organisationId(context, filter.payerNameZh, "filter.payerNameZh") } : {}),
    ...(filter.period ? { period: yearCondition(filter.period, "filter.period") } : {}),
  };
}

builder.queryFields((t) => ({
  fundingAllocations: t.prismaConnection({
    type: FundingAllocation,
    cursor: "id",
    description: "Funding allocations by purpose, region tree, payer and year; in recorded order unless orderBy is given.",
    args: {
      filter: t.arg({ type: FundingFilter, required: false, description: "Conditions the records must meet; all given ones must hold." }),
      orderBy: t.arg({ type: fundingOrder.input, required: false, description: orderArgumentDescription }),
    },
    resolve: async (query, _root, args, context) =>
      context.db.fundingAllocation.findMany({
        ...query,
        where: await fundingWhere(args.filter, context),
        orderBy: fundingOrder.orderBy(args.orderBy, [{ id: "asc" }]),
      }),
    totalCount: async (_connection, args, context) => context.db.fundingAllocation.count({ where: await fundingWhere(args.filter, context) }),
  }),
}));
