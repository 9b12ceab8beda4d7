import { builder } from "../../builder.js";
import { RewardRuleKindEnum } from "../common/enums.js";
import { RewardRule } from "./reward-rule.type.js";

const RewardRuleFilter = builder.inputType("RewardRuleFilter", {
  description: "Narrows a list of reward rules; all given conditions must hold.",
  fields: (t) => ({
    kind: t.field({ type: RewardRuleKindEnum, required: false, description: "Only this kind." }),
    grantorNameZh: t.string({ required: false, description: "Only rules this organisation grants." }),
    rank: t.field({ type: "PositiveInt", required: false, description: "Only competition rules that cover this placing." }),
  }),
});

function rewardRuleWhere(filter: typeof RewardRuleFilter.$inferInput | null | undefined) {
  if (!filter) return {};
  return {
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.grantorNameZh ? { grantor: { nameZh: filter.grantorNameZh } } : {}),
    ...(filter.rank ? { rankFrom: { lte: filter.rank }, rankTo: { gte: filter.rank } } : {}),
  };
}

builder.queryFields((t) => ({
  rewardRules: t.prismaConnection({
    type: RewardRule,
    cursor: "id",
    description: "Reward and allowance rules, in recorded order.",
    args: { filter: t.arg({ type: RewardRuleFilter, required: false, description: "Conditions the records must meet; all given ones must hold." }) },
    resolve: (query, _root, args, context) =>
      context.db.rewardRule.findMany({ ...query, where: rewardRuleWhere(args.filter), orderBy: { id: "asc" } }),
    totalCount: (_connection, args, context) => context.db.rewardRule.count({ where: rewardRuleWhere(args.filter) }),
  }),
}));
