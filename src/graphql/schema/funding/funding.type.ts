import { builder } from "../../builder.js";
import { FundingPurpose } from "../common/enums.js";
import { asNodeEntity } from "../common/node-entities.js";
import { Quantity } from "../common/quantity.js";

export const FundingAllocation = builder.prismaNode("FundingAllocation", {
  id: { field: "id" },
  nullable: true,
  description: "Money allocated or invested: who pays, where, for what, how much (exact whole CNY) and when. 经费",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Stable key." }),
    payer: t.relation("payer", { nullable: true, description: "Who pays; null when the source does not say. 出资单位" }),
    region: t.relation("region", { description: "Where the money goes. 地区" }),
    purpose: t.expose("purpose", { type: FundingPurpose, description: "What it is for. 用途" }),
    descriptionZh: t.exposeString("descriptionZh", { description: "What the source says it pays for. 说明" }),
    descriptionEn: t.exposeString("descriptionEn", { description: "The same in English." }),
    amount: t.field({
      type: Quantity,
      description: "The amount in whole CNY, with its qualifier. 金额",
      select: { qualifier: true, amountCny: true, amountCnyMax: true, statedAs: true },
      resolve: (funding) => ({
        qualifier: funding.qualifier,
        value: funding.amountCny,
        valueMax: funding.amountCnyMax,
        statedAs: funding.statedAs,
        unit: "CNY" as const,
      }),
    }),
    period: t.expose("period", { type: "Period", nullable: true, description: "When; null when the source does not say. 时间" }),
    serviceFacility: t.relation("serviceFacility", { nullable: true, description: "The facility funded, if one is named. 项目" }),
    source: t.relation("citation", { description: "Where the allocation is stated." }),
  }),
});

asNodeEntity(FundingAllocation, "FundingAllocation");
