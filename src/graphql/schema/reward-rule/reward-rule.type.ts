import { builder } from "../../builder.js";
import { RewardRuleKind } from "../common/enums.js";
import { asNodeEntity } from "../common/node-entities.js";
import { Quantity } from "../common/quantity.js";

export const RewardRule = builder.prismaNode("RewardRule", {
  id: { field: "id" },
  nullable: true,
  description:
    "A standing reward or allowance rule: what a competition placing, prize grade or title earns (a title, cash, a monthly allowance) and how often. 奖励规则",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Stable key." }),
    kind: t.expose("kind", { type: RewardRuleKind, description: "What the rule rewards. 类型" }),
    grantor: t.relation("grantor", { description: "Who grants the reward. 授予单位" }),
    policyDocument: t.relation("policyDocument", { nullable: true, description: "The document that establishes the rule. 依据文件" }),
    conditionZh: t.exposeString("conditionZh", { description: "Who qualifies, as the source says. 条件" }),
    conditionEn: t.exposeString("conditionEn", { description: "The same in English." }),
    rankFrom: t.expose("rankFrom", { type: "PositiveInt", nullable: true, description: "For competition placings: best place covered (1 = first). 名次起" }),
    rankTo: t.expose("rankTo", { type: "PositiveInt", nullable: true, description: "For competition placings: worst place covered. 名次止" }),
    prizeGradeZh: t.exposeString("prizeGradeZh", { nullable: true, description: "Prize grade (一等奖 …). 奖项等级" }),
    honourTitle: t.relation("honourTitle", { nullable: true, description: "Title conferred under the rule. 授予称号" }),
    amount: t.field({
      type: Quantity,
      nullable: true,
      description: "Cash awarded (CNY) or allowance (CNY per month), with its qualifier; null when the rule pays no money. 金额",
      select: { qualifier: true, amountCny: true, amountCnyMax: true, statedAs: true, unit: true },
      resolve: (rule) =>
        rule.qualifier === null || rule.amountCny === null || rule.unit === null || rule.statedAs === null
          ? null
          : { qualifier: rule.qualifier, value: rule.amountCny, valueMax: rule.amountCnyMax, statedAs: rule.statedAs, unit: rule.unit },
    }),
    cycleMonths: t.expose("cycleMonths", {
      type: "PositiveInt",
      nullable: true,
      description: "How often it is awarded or assessed, in months (24 = every two years). 周期",
    }),
    source: t.relation("citation", { description: "Where the rule is stated." }),
  }),
});

asNodeEntity(RewardRule, "RewardRule");
