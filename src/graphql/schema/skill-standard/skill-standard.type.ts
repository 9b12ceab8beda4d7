import { standing } from "../../../db/sql-conditions.js";
import { builder } from "../../builder.js";
import { SkillGrade } from "../common/enums.js";
import { boundedList } from "../common/list-bounds.js";
import { asNodeEntity } from "../common/node-entities.js";
import { Honour } from "../honour/honour.type.js";
import { PolicyDocument } from "../policy-document/policy-document.type.js";
import { Citation } from "../source/source.type.js";

// A skill standard's facts stand in different sentences of its article, so each group of fields
// has its own source: `source` (it exists, who built it), `occupation.source`, `materialsSource`
// (documents, levels, appraisal levels), `trainingSiteSource`.

const documentsBound = boundedList(50, { orderBy: { ordinal: "asc" } });
const designationsBound = boundedList(20, { orderBy: { id: "asc" } });

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
    appraisalCentre: t.relation("appraisalCentre", {
      nullable: true,
      description: "The owner's skill-appraisal centre, whose founding the source reports with the system. 鉴定中心",
    }),
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
      description: "The levels it grades, by the numbers the source gives them (1~5级); the source does not say which end is highest. At most 20. 等级",
      ...boundedList(20, { orderBy: { ordinal: "asc" } }),
    }),
    appraisalLevels: t.relation("appraisalLevels", {
      description: "The levels it has an operational appraisal standard and rules for, at most 10. 操作鉴定等级",
      ...boundedList(10, { orderBy: { ordinal: "asc" } }),
    }),
    materialsSource: t.relation("materialsCitation", { description: "Where its documents, levels and appraisal levels are stated." }),
    trainingSite: t.relation("trainingSite", {
      nullable: true,
      description:
        "The owner's designated skill-training site the same article reports; the source does not say it trains for this standard in particular. 培训点",
    }),
    trainingSiteSource: t.relation("trainingSiteCitation", { nullable: true, description: "Where the training site and its designation are stated." }),
    trainingSiteDesignations: t.field({
      type: [Honour],
      description: "The designations the training site holds as a training site (DESIGNATED_TRAINING_SITE honours), at most 20. 培训点认定",
      extensions: designationsBound.extensions,
      // Loaded with the standard, as a relation of its training site: one statement for a whole list of standards.
      select: (_args, _context, nestedSelection) => ({
        trainingSite: {
          select: {
            honours: nestedSelection({ ...designationsBound.query, where: { ...standing, honourTitle: { kind: "DESIGNATED_TRAINING_SITE" as const } } }),
          },
        },
      }),
      resolve: (standard) => standard.trainingSite?.honours ?? [],
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
    ordinal: t.expose("ordinal", { type: "PositiveInt", description: "The level's number as the source gives it (1~5级: 1 to 5). 级别" }),
    nameZh: t.exposeString("nameZh", { description: "Chinese name. 名称" }),
    nameEn: t.exposeString("nameEn", { description: "English name." }),
  }),
});

export const SkillStandardAppraisal = builder.prismaObject("SkillStandardAppraisal", {
  description: "A level a skill standard can appraise: it has an operational appraisal standard and rules for it. 操作鉴定等级",
  fields: (t) => ({
    grade: t.expose("grade", { type: SkillGrade, description: "The national skill grade the source's 中 or 高 names (中级工, 高级工). 技能等级" }),
    nameZh: t.exposeString("nameZh", { description: "Chinese name, as the source gives it. 名称" }),
    nameEn: t.exposeString("nameEn", { description: "English name." }),
  }),
});

asNodeEntity(SkillStandard, "SkillStandard");
