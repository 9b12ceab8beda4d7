import { builder } from "../../builder.js";
import { boundedList } from "../common/list-bounds.js";
import { asNodeEntity } from "../common/node-entities.js";

export const Programme = builder.prismaNode("Programme", {
  id: { field: "id" },
  nullable: true,
  description: 'An ordered list of free-text items a source sets out (the "five forces", the "four steps"). 工作举措',
  fields: (t) => ({
    key: t.exposeString("key", { description: "Stable key." }),
    nameZh: t.exposeString("nameZh", { description: "Chinese name. 名称" }),
    nameEn: t.exposeString("nameEn", { description: "English name." }),
    region: t.relation("region", { nullable: true, description: "Region it applies to. 地区" }),
    organisation: t.relation("organisation", { nullable: true, description: "Organisation that set it out. 单位" }),
    policyDocument: t.relation("policyDocument", { nullable: true, description: "Document it belongs to. 文件" }),
    skillCompetition: t.relation("skillCompetition", { nullable: true, description: "Competition it belongs to. 竞赛" }),
    items: t.relation("items", { description: "The items in order, at most 200. 条目", ...boundedList(200, { orderBy: { ordinal: "asc" } }) }),
    source: t.relation("citation", { description: "Where the list is stated." }),
  }),
});

export const ProgrammeItem = builder.prismaObject("ProgrammeItem", {
  description: "One item of a programme list. 条目",
  fields: (t) => ({
    ordinal: t.expose("ordinal", { type: "PositiveInt", description: "Position, from 1. 序号" }),
    textZh: t.exposeString("textZh", { description: "The item as the source words it. 内容" }),
    textEn: t.exposeString("textEn", { description: "The item in English." }),
    weightPercent: t.expose("weightPercent", { type: "NonNegativeInt", nullable: true, description: "Its share of the whole in percent, when given. 权重" }),
  }),
});

asNodeEntity(Programme, "Programme");
