import { standing } from "../../../db/sql-conditions.js";
import { builder } from "../../builder.js";
import { HonourStatus, Unit } from "../common/enums.js";
import { asNodeEntity } from "../common/node-entities.js";
import { Quantity } from "../common/quantity.js";

export const Indicator = builder.prismaNode("Indicator", {
  id: { field: "id" },
  nullable: true,
  description: "What a reported figure measures: a stable code with a unit (like a Data Commons statistical variable). 指标",
  fields: (t) => ({
    code: t.exposeString("code", { description: 'Stable dotted code, e.g. "demonstration_points.created". 指标代码' }),
    nameZh: t.exposeString("nameZh", { description: "Chinese name. 名称" }),
    nameEn: t.exposeString("nameEn", { description: "English name." }),
    description: t.exposeString("description", { description: "Exactly what is counted or measured." }),
    unit: t.expose("unit", { type: Unit, description: "Unit of every figure of this indicator. 单位" }),
    additive: t.exposeBoolean("additive", {
      description: "Whether figures of different subjects may be summed (counts and money yes; ranks and shares no).",
    }),
    reportedFigures: t.relatedConnection("reportedFigures", {
      cursor: "id",
      totalCount: true,
      description: "Every figure reported for this indicator. 统计数字",
      query: { where: standing, orderBy: { id: "asc" } },
    }),
  }),
});

export const ReportedFigure = builder.prismaNode("ReportedFigure", {
  id: { field: "id" },
  nullable: true,
  description: "A number stated in a source about a region or an organisation: indicator × subject × period, with its qualifier and provenance. 报告数字",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Stable key." }),
    indicator: t.relation("indicator", { description: "What is measured. 指标" }),
    region: t.relation("region", { nullable: true, description: "The subject, when it is a region. 地区" }),
    organisation: t.relation("organisation", { nullable: true, description: "The subject, when it is an organisation. 组织" }),
    quantity: t.field({
      type: Quantity,
      description: "The number with its qualifier (exact / at least / at most / range) and the indicator's unit. 数值",
      select: { qualifier: true, value: true, valueMax: true, statedAs: true, indicator: { select: { unit: true } } },
      resolve: (figure) => ({ ...figure, unit: figure.indicator.unit }),
    }),
    period: t.expose("period", { type: "Period", nullable: true, description: "Period the figure covers; null when the source does not say. 时期" }),
    honourTitle: t.relation("honourTitle", { nullable: true, description: "For honour counts: which title. 称号" }),
    honourStatus: t.expose("honourStatus", { type: HonourStatus, nullable: true, description: "For honour counts: recommended or awarded. 状态" }),
    skillCompetition: t.relation("skillCompetition", { nullable: true, description: "The competition the figure is about. 竞赛" }),
    policyDocument: t.relation("policyDocument", { nullable: true, description: "The document the figure is about. 文件" }),
    source: t.relation("citation", { description: "Where the figure is stated." }),
    disputed: t.exposeBoolean("disputed", {
      description:
        "Whether another standing report of the same fact (subject, indicator, title, status, competition, document and period) gives a number this one cannot be: comparisons then call the value CONFLICTING. 数据冲突",
    }),
  }),
});

asNodeEntity(Indicator, "Indicator", builder.selection<{ code: string }>("code"));

asNodeEntity(ReportedFigure, "ReportedFigure", builder.selection<{ key: string }>("key"));
