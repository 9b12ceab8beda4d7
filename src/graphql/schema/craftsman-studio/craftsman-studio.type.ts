import { builder } from "../../builder.js";
import { asNodeEntity } from "../common/node-entities.js";

export const CraftsmanStudio = builder.prismaNode("CraftsmanStudio", {
  id: { field: "id" },
  nullable: true,
  description: "A named craftsman or model-worker innovation studio. Studios a source only counts are reported figures, not records here. 创新工作室",
  fields: (t) => ({
    nameZh: t.exposeString("nameZh", { description: "Chinese name; the natural key. 名称" }),
    nameEn: t.exposeString("nameEn", { description: "English name." }),
    region: t.relation("region", { description: "Where it is. 地区" }),
    host: t.relation("host", { nullable: true, description: "Host organisation. 依托单位" }),
    lead: t.relation("lead", { nullable: true, description: "The craftsman or model worker leading it. 领办人" }),
    established: t.expose("established", { type: "Period", nullable: true, description: "When it was set up. 成立时间" }),
    source: t.relation("citation", { description: "Where the studio is named." }),
  }),
});

asNodeEntity(CraftsmanStudio, "CraftsmanStudio", builder.selection<{ nameZh: string }>("nameZh"));
