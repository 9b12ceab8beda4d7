import { standing } from "../../../db/sql-conditions.js";
import { builder } from "../../builder.js";
import { RegionLevel } from "../common/enums.js";
import { boundedList } from "../common/list-bounds.js";
import { asNodeEntity } from "../common/node-entities.js";

export const Region = builder.prismaNode("Region", {
  id: { field: "id" },
  nullable: true,
  description: "An administrative division (province, prefecture-level city, county) keyed by its GB/T 2260 code; regions form a tree. 行政区划",
  fields: (t) => ({
    code: t.exposeString("code", { description: "Six-digit GB/T 2260 division code, e.g. 530500 for 保山市. 区划代码" }),
    nameZh: t.exposeString("nameZh", { description: "Chinese name. 名称" }),
    nameEn: t.exposeString("nameEn", { description: "English name: as sources give it, or romanised from the Chinese where none does (see nameEnRomanised)." }),
    nameEnRomanised: t.exposeBoolean("nameEnRomanised", {
      description: "True when nameEn is a machine romanisation of nameZh (pinyin, suffix translated), not a name a source gives. 拼音转写",
    }),
    level: t.expose("level", { type: RegionLevel, description: "Tier in the division tree. 级别" }),
    parent: t.relation("parent", { nullable: true, description: "The division this one belongs to; null for a province. 上级区划" }),
    children: t.relation("children", {
      description: "Divisions directly below this one, by code (no division has more than 200). 下级区划",
      ...boundedList(200, { orderBy: { code: "asc" } }, "regions(filter: { within })"),
    }),
    organisations: t.relatedConnection("organisations", {
      cursor: "id",
      totalCount: true,
      description: "Organisations located directly in this division (not in its sub-divisions). 组织",
      query: { orderBy: { id: "asc" } },
    }),
    honours: t.relatedConnection("honours", {
      cursor: "id",
      totalCount: true,
      description: "Named honours recorded for this division. 荣誉",
      query: { where: standing, orderBy: { id: "asc" } },
    }),
    fundingAllocations: t.relatedConnection("fundingAllocations", {
      cursor: "id",
      totalCount: true,
      description: "Money allocated in this division. 经费",
      query: { where: standing, orderBy: { id: "asc" } },
    }),
    rankings: t.relatedConnection("rankings", {
      cursor: "id",
      totalCount: true,
      description: "Places this division holds in wider comparisons. 排名",
      query: { orderBy: { id: "asc" } },
    }),
    serviceFacilities: t.relatedConnection("serviceFacilities", {
      cursor: "id",
      totalCount: true,
      description: "Worker service facilities in this division. 职工服务阵地",
      query: { orderBy: { id: "asc" } },
    }),
    craftsmanStudios: t.relatedConnection("craftsmanStudios", {
      cursor: "id",
      totalCount: true,
      description: "Named craftsman and model-worker studios in this division. 创新工作室",
      query: { where: standing, orderBy: { id: "asc" } },
    }),
    demonstrationPoints: t.relatedConnection("demonstrationPoints", {
      cursor: "id",
      totalCount: true,
      description: "Named reform demonstration points in this division. 示范点",
      query: { where: standing, orderBy: { id: "asc" } },
    }),
    innovationProjects: t.relatedConnection("innovationProjects", {
      cursor: "id",
      totalCount: true,
      description: "Named worker innovation projects in this division. 创新项目",
      query: { where: standing, orderBy: { id: "asc" } },
    }),
    skillCompetitions: t.relatedConnection("skillCompetitions", {
      cursor: "id",
      totalCount: true,
      description: "Skill competitions held in this division. 技能竞赛",
      query: { orderBy: { id: "asc" } },
    }),
    programmes: t.relatedConnection("programmes", {
      cursor: "id",
      totalCount: true,
      description: "Ordered programme lists announced for this division. 工作举措",
      query: { orderBy: { id: "asc" } },
    }),
  }),
});

asNodeEntity(Region, "Region", builder.selection<{ code: string }>("code"));
