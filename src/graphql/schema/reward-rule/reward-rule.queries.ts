import type { Prisma } from "../../../generated/sqlite/index.js";
import { builder } from "../../builder.js";
import type { Context } from "../../context.js";
import { RewardRuleKind } from "../common/enums.js";
import { organisationId } from "../common/filters.js";
import { listOrder, orderArgumentDescription, recordedOrder } from "../common/list-order.js";
import { RewardRule } from "./reward-rule.type.js";

const RewardRuleFilter = builder.inputType("RewardRuleFilter", {
  description: "Narrows a list of reward rules; all given conditions must hold.",
  fields: (t) => ({
    kind: t.field({ type: RewardRuleKind, required: false, description: "Only this kind." }),
    grantorNameZh: t.string({ required: false, description: "Only rules this organisation grants." }),
    rank: t.int({ required: false, description: "Only competition rules that cover this placing (1 = first)." }),
  }),
});

async function rewardRuleWhere(filter: typeof RewardRuleFilter.$inferInput | null | undefined, context: Context) {
  if (!filter) return {};
  return {
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.grantorNameZh ? { grantorId: await organisationId(context, filter.grantorNameZh, "filter.grantorNameZh") } : {}),
    ...(filter.rank != null ? { rankFrom: { lte: filter.rank }, rankTo: { gte: filter.rank } } : {}),
  };
}

const rewardRulesOrder = listOrder<Prisma.RewardRuleOrderByWithRelationInput>()("RewardRule", "reward rules", {
  RANK: {
    description: "The first place a rule rewards; rules without a place come last in either direction.",
    clauses: (direction) => [{ rankFrom: { sort: direction, nulls: "last" } }],
  },
  KEY: { description: "The stable key.", clauses: (direction) => [{ key: direction }] },
  RECORDED: recordedOrder(),
});

builder.queryFields((t) => ({
  rewardRules: t.prismaConnection({
    type: RewardRule,
    cursor: "id",
    description: "Reward and allowance rules, in recorded order.",
    args: {
      filter: t.arg({ type: RewardRuleFilter, required: false, description: "Conditions the records must meet; all given ones must hold." }),
      orderBy: t.arg({ type: rewardRulesOrder.input, required: false, description: orderArgumentDescription }),
    },
    resolve: async (query, _root, args, context) =>
      context.db.rewardRule.findMany({
        ...query,
        where: await rewardRuleWhere(args.filter, context),
        orderBy: rewardRulesOrder.orderBy(args.orderBy, [{ id: "asc" }]),
      }),
    totalCount: async (_connection, args, context) => context.db.rewardRule.count({ where: await rewardRuleWhere(args.filter, context) }),
  }),
}));
