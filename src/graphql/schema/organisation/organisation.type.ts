import { standing } from "../../../db/sql-conditions.js";
import { builder } from "../../builder.js";
import { OrganisationKind } from "../common/enums.js";
import { boundedList } from "../common/list-bounds.js";
import { asNodeEntity } from "../common/node-entities.js";

export const Organisation = builder.prismaNode("Organisation", {
  id: { field: "id" },
  nullable: true,
  description: "A trade union, enterprise, government body, coordination group, training institution or publisher, with its hierarchy. 组织",
  fields: (t) => ({
    nameZh: t.exposeString("nameZh", { description: "Full Chinese name; the natural key. 名称" }),
    nameEn: t.exposeString("nameEn", { description: "English name." }),
    shortNameZh: t.exposeString("shortNameZh", { nullable: true, description: "Short name the sources use (江苏交控). 简称" }),
    kind: t.expose("kind", { type: OrganisationKind, description: "What sort of body it is. 类型" }),
    region: t.relation("region", { nullable: true, description: "Where it is located. 所在地" }),
    parent: t.relation("parent", { nullable: true, description: "Its parent group, higher union or owning body. 上级" }),
    children: t.relation("children", {
      description: "Units belonging to it, at most 200. 下属单位",
      ...boundedList(200, { orderBy: { id: "asc" } }, "organisations(filter: { parentNameZh })"),
    }),
    source: t.relation("citation", { nullable: true, description: "Where the organisation is named." }),
    employees: t.relation("employees", {
      description: "Named people the sources place here, at most 100. 人员",
      deprecationReason: "Holds at most 100 people (LIST_TOO_LONG past that); page through persons instead.",
      ...boundedList(100, { orderBy: { id: "asc" } }, "Organisation.persons"),
    }),
    persons: t.relatedConnection("employees", {
      cursor: "id",
      totalCount: true,
      description: "Named people the sources place here, a page at a time. 人员",
      query: { orderBy: { id: "asc" } },
    }),
    honours: t.relatedConnection("honours", {
      cursor: "id",
      totalCount: true,
      description: "Titles conferred on this organisation as a unit. 集体荣誉",
      query: { where: standing, orderBy: { id: "asc" } },
    }),
    reportedFigures: t.relatedConnection("reportedFigures", {
      cursor: "id",
      totalCount: true,
      args: { indicatorCodes: t.arg.stringList({ required: false, description: "Only these indicators." }) },
      description: "Figures whose subject is this organisation. 统计数字",
      query: (args) => ({
        where: { ...standing, ...(args.indicatorCodes ? { indicator: { code: { in: args.indicatorCodes } } } : {}) },
        orderBy: { id: "asc" },
      }),
    }),
    fundingAllocations: t.relatedConnection("paidFunding", {
      cursor: "id",
      totalCount: true,
      description: "Money this organisation allocated. 安排经费",
      query: { orderBy: { id: "asc" } },
    }),
    rewardRules: t.relation("rewardRules", {
      description: "Reward and allowance rules it grants, at most 100. 奖励规则",
      ...boundedList(100, { orderBy: { id: "asc" } }, "rewardRules(filter: { grantorNameZh })"),
    }),
    organisedCompetitions: t.relation("organisedCompetitions", {
      description: "Skill competitions it organised, at most 100. 组织竞赛",
      ...boundedList(100, { orderBy: { id: "asc" } }, "skillCompetitions(filter: { organiserNameZh })"),
    }),
    careerLadders: t.relation("careerLadders", {
      description: "Its career ladders, at most 100. 成长通道",
      ...boundedList(100, { orderBy: { id: "asc" } }, "careerLadders(filter: { organisationNameZh })"),
    }),
    skillStandards: t.relation("ownedSkillStandards", {
      description: "Skill-appraisal systems it built, at most 100. 职业技能等级鉴定体系",
      ...boundedList(100, { orderBy: { id: "asc" } }, "skillStandards(filter: { ownerNameZh })"),
    }),
    rankings: t.relation("rankings", {
      description: "Places it holds in wider comparisons, at most 100. 排名",
      ...boundedList(100, { orderBy: { id: "asc" } }, "rankings(filter: { organisationNameZh })"),
    }),
    programmes: t.relation("programmes", {
      description: "Ordered programme lists it announced, at most 100. 工作举措",
      ...boundedList(100, { orderBy: { id: "asc" } }, "programmes(filter: { organisationNameZh })"),
    }),
  }),
});

asNodeEntity(Organisation, "Organisation", builder.selection<{ nameZh: string }>("nameZh"));
