import { builder } from "../../builder.js";
import { CareerLadderKind } from "../common/enums.js";
import { boundedList } from "../common/list-bounds.js";
import { asNodeEntity } from "../common/node-entities.js";

export const CareerLadder = builder.prismaNode("CareerLadder", {
  id: { field: "id" },
  nullable: true,
  description: "An organisation's ordered career ladder: skill grades or management tiers. 成长通道",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Stable key." }),
    nameZh: t.exposeString("nameZh", { description: "Chinese name. 名称" }),
    nameEn: t.exposeString("nameEn", { description: "English name." }),
    kind: t.expose("kind", { type: CareerLadderKind, description: "Skill or management. 类型" }),
    organisation: t.relation("organisation", { description: "Whose ladder it is. 单位" }),
    steps: t.relation("steps", { description: "Steps from the lowest to the highest, at most 50. 层级", ...boundedList(50, { orderBy: { ordinal: "asc" } }) }),
    source: t.relation("citation", { description: "Where the ladder is described." }),
  }),
});

export const CareerLadderStep = builder.prismaObject("CareerLadderStep", {
  description: "One step of a career ladder. 层级",
  fields: (t) => ({
    ordinal: t.expose("ordinal", { type: "PositiveInt", description: "Position from the bottom, starting at 1. 序号" }),
    nameZh: t.exposeString("nameZh", { description: "Chinese name. 名称" }),
    nameEn: t.exposeString("nameEn", { description: "English name." }),
    addedByOrganisation: t.exposeBoolean("addedByOrganisation", {
      description: "True for steps the organisation added above the national skill grades. 企业增设",
    }),
  }),
});

asNodeEntity(CareerLadder, "CareerLadder");
