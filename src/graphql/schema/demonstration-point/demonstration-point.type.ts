import { builder } from "../../builder.js";
import { asNodeEntity } from "../common/node-entities.js";

export const DemonstrationPoint = builder.prismaNode("DemonstrationPoint", {
  id: { field: "id" },
  nullable: true,
  description: "A named reform demonstration point. Points a source only counts are reported figures, not records here. 产改示范点",
  fields: (t) => ({
    nameZh: t.exposeString("nameZh", { description: "Chinese name; the natural key. 名称" }),
    nameEn: t.exposeString("nameEn", { description: "English name." }),
    region: t.relation("region", { description: "Where it is. 地区" }),
    host: t.relation("host", { nullable: true, description: "Host organisation. 创建单位" }),
    designated: t.expose("designated", { type: "Period", nullable: true, description: "When it was designated. 命名时间" }),
    source: t.relation("citation", { description: "Where the point is named." }),
  }),
});

asNodeEntity(DemonstrationPoint, "DemonstrationPoint", builder.selection<{ nameZh: string }>("nameZh"));
