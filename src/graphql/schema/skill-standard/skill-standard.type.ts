import { standing } from "../../../db/sql-conditions.js";
import { builder } from "../../builder.js";
import { SkillGrade } from "../common/enums.js";
import { atMost, boundedList } from "../common/list-bounds.js";
import { asNodeEntity } from "../common/node-entities.js";
import { Honour } from "../honour/honour.type.js";
import { PolicyDocument } from "../policy-document/policy-document.type.js";
import { Citation } from "../source/source.type.js";

// A skill standard's facts stand in different sentences of its article, so each group of fields
// has its own source: `source` (it exists, who built it), `occupation.source`, `materialsSource`
// (documents, levels, appraisal levels), `trainingSiteSource`.

const documentsBound = boundedList(50, { orderBy: { ordinal: "asc" } });

export const SkillStandardOccupation = builder.objectRef<{
  occupationZh: string;
  occupationEn: string;
  inNationalClassification: boolean | null;
  occupationCitationId: number;
}>("SkillStandardOccupation");

export const SkillStandard = builder.prismaNode("SkillStandard", {
  id: { field: "id" },
  nullable: true,
  description:
    "An occupational skill-appraisal system an organisation built: occupation, levels, documents, appraisal levels, training site. 职业技能等级鉴定体系",
  fields: (t) => ({
    key: t.exposeString("key", { description: "Stable key." }),
    nameZh: t.exposeString("nameZh", { description: "Chinese name. 名称" }),
    nameEn: t.exposeString("nameEn", { description: "English name." }),
    owner: t.relation("owner", { description: "Who built the system. 编制单位" }),
    appraisalCentre: t.relation("appraisalCentre", { nullable: true, description: "The body that appraises under it. 鉴定机构" }),
    source: t.relation("citation", { description: "Where the system is stated to exist and who built it." }),
    occupation: t.field({
      type: SkillStandardOccupation,
      description: "The occupation it grades. 职业",
      select: { occupationZh: true, occupationEn: true, inNationalClassification: true, occupationCitationId: true },
      resolve: (standard) => standard,
    }),
    drafter: t.relation("drafter", { nullable: true, description: "Who wrote its documents. 编写单位" }),
    documents: t.field({
      type: [PolicyDocument],
      description: "The documents it consists of, in the order the source lists them, at most 50. 体系文件",
      extensions: documentsBound.extensions,
      select: (_args, _context, nestedSelection) => ({
        documents: { ...documentsBound.query, select: { document: nestedSelection(true) } },
      }),
      resolve: (standard) => standard.documents.map((listed) => listed.document),
    }),
    levels: t.relation("levels", {
      description: "The levels it grades, lowest first, at most 20. 等级",
      ...boundedList(20, { orderBy: { ordinal: "asc" } }),
    }),
    appraisalLevels: t.relation("appraisalLevels", {
      description: "The levels it has an operational appraisal standard and rules for, at most 10. 操作鉴定等级",
      ...boundedList(10, { orderBy: { ordinal: "asc" } }),
    }),
    materialsSource: t.relation("materialsCitation", { description: "Where its documents, levels and appraisal levels are stated." }),
    trainingSite: t.relation("trainingSite", { nullable: true, description: "Where its training is given. 培训点" }),
    trainingSiteSource: t.relation("trainingSiteCitation", { nullable: true, description: "Where the training site is stated." }),
    trainingSiteDesignations: t.prismaField({
      type: [Honour],
      description: "The designations the training site holds as a training site (DESIGNATED_TRAINING_SITE honours), at most 20. 培训点认定",
      ...atMost(20),
      select: { trainingSiteId: true },
      resolve: (query, standard, _args, context) =>
        standard.trainingSiteId === null
          ? []
          : context.db.honour.findMany({
              ...query,
              where: { ...standing, organisationId: standard.trainingSiteId, honourTitle: { kind: "DESIGNATED_TRAINING_SITE" } },
              orderBy: { id: "asc" },
              take: 21,
            }),
    }),
  }),
});

builder.objectType(SkillStandardOccupation, {
  description: "The occupation a skill standard grades. 职业",
  fields: (t) => ({
    nameZh: t.exposeString("occupationZh", { description: "Chinese name. 职业名称" }),
    nameEn: t.exposeString("occupationEn", { description: "English name." }),
    inNationalClassification: t.exposeBoolean("inNationalClassification", {
      nullable: true,
      description: "Whether the national occupational classification lists it; null when the source does not say. 是否列入国家职业分类",
    }),
    source: t.field({
      type: Citation,
      description: "Where the occupation is described.",
      resolve: (occupation, _args, context) => context.citations.load(occupation.occupationCitationId),
    }),
  }),
});

export const SkillStandardLevel = builder.prismaObject("SkillStandardLevel", {
  description: "One level a skill standard grades. 等级",
  fields: (t) => ({
    ordinal: t.expose("ordinal", { type: "PositiveInt", description: "Position from the lowest, starting at 1. 序号" }),
    nameZh: t.exposeString("nameZh", { description: "Chinese name. 名称" }),
    nameEn: t.exposeString("nameEn", { description: "English name." }),
  }),
});

export const SkillStandardAppraisal = builder.prismaObject("SkillStandardAppraisal", {
  description: "A level a skill standard can appraise: it has an operational appraisal standard and rules for it. 操作鉴定等级",
  fields: (t) => ({
    grade: t.expose("grade", { type: SkillGrade, description: "The national skill grade. 技能等级" }),
    nameZh: t.exposeString("nameZh", { description: "Chinese name, as the source gives it. 名称" }),
    nameEn: t.exposeString("nameEn", { description: "English name." }),
  }),
});

asNodeEntity(SkillStandard, "SkillStandard");
