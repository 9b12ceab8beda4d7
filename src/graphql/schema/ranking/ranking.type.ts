import { builder } from "../../builder.js";
import { asNodeEntity } from "../common/node-entities.js";
import { Quantity } from "../common/quantity.js";

export const Ranking = builder.prismaNode("Ranking", {
  id: { field: "id" },
  nullable: true,
  description: "A region's or organisation's place in a wider comparison (综合排名全省第四). 排名",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Stable key." }),
    criterionZh: t.exposeString("criterionZh", { description: "What was ranked, as the source says. 排名项目" }),
    criterionEn: t.exposeString("criterionEn", { description: "The same in English." }),
    region: t.relation("region", { nullable: true, description: "The ranked region. 地区" }),
    organisation: t.relation("organisation", { nullable: true, description: "The ranked organisation. 单位" }),
    scope: t.relation("scopeRegion", { description: "The region across which the comparison was made (全省). 排名范围" }),
    rank: t.field({
      type: Quantity,
      description: "The place (1 = first), EXACT or AT_MOST (前32名). 名次",
      select: { qualifier: true, rank: true, statedAs: true },
      resolve: (ranking) => ({ qualifier: ranking.qualifier, value: ranking.rank, valueMax: null, statedAs: ranking.statedAs, unit: "RANK" as const }),
    }),
    outOf: t.expose("outOf", { type: "PositiveInt", nullable: true, description: "How many were compared, when the source says. 参评数" }),
    period: t.expose("period", { type: "Period", nullable: true, description: "Period of the comparison. 时期" }),
    source: t.relation("citation", { description: "Where the ranking is stated." }),
  }),
});

asNodeEntity(Ranking, "Ranking");
