import { standing } from "../../../db/sql-conditions.js";
import { builder } from "../../builder.js";
import { PolicyDocumentKind, PolicyDocumentStatus } from "../common/enums.js";
import { boundedList } from "../common/list-bounds.js";
import { asNodeEntity } from "../common/node-entities.js";
import { Organisation } from "../organisation/organisation.type.js";

const issuersBound = boundedList(50, { orderBy: { ordinal: "asc" } });
const issuedDocumentsBound = boundedList(100, { orderBy: { documentId: "asc" } }, "policyDocuments(filter: { issuerNameZh })");

export const PolicyDocument = builder.prismaNode("PolicyDocument", {
  id: { field: "id" },
  nullable: true,
  description: "A named policy document: rules, work points, notices, opinions, plans, measures, standards, textbooks. 政策文件",
  fields: (t) => ({
    titleZh: t.exposeString("titleZh", { description: "Title as printed, without 《》; the natural key. 标题" }),
    titleEn: t.exposeString("titleEn", { description: "English title." }),
    kind: t.expose("kind", { type: PolicyDocumentKind, description: "Kind of document. 类型" }),
    status: t.expose("status", { type: PolicyDocumentStatus, description: "Trial, interim, draft or in force. 效力" }),
    issued: t.expose("issued", { type: "Period", nullable: true, description: "Year or month of issue; null when the source does not say. 印发时间" }),
    summaryZh: t.exposeString("summaryZh", { nullable: true, description: "What it establishes, in Chinese. 要点" }),
    summaryEn: t.exposeString("summaryEn", { nullable: true, description: "What it establishes, in English." }),
    issuers: t.field({
      type: [Organisation],
      description: "Issuing organisations, lead issuer first (jointly issued documents have several), at most 50. 发文单位",
      extensions: issuersBound.extensions,
      select: (_args, _context, nestedSelection) => ({
        issuers: { ...issuersBound.query, select: { organisation: nestedSelection(true) } },
      }),
      resolve: (document) => document.issuers.map((issuer) => issuer.organisation),
    }),
    rewardRules: t.relation("rewardRules", {
      description: "Reward rules it establishes, at most 100. 奖励规则",
      ...boundedList(100, { orderBy: { id: "asc" } }),
    }),
    programmes: t.relation("programmes", { description: "Ordered lists it sets out, at most 100. 工作举措", ...boundedList(100, { orderBy: { id: "asc" } }) }),
    reportedFigures: t.relation("reportedFigures", {
      description: "Figures stated about it, at most 100. 统计数字",
      ...boundedList(100, { where: standing, orderBy: { id: "asc" } }),
    }),
    source: t.relation("citation", { description: "Where the document is named." }),
  }),
});

// Declared here rather than on Organisation so the two types do not infer each other.
builder.prismaObjectField(Organisation, "issuedDocuments", (t) =>
  t.field({
    type: [PolicyDocument],
    description: "Policy documents it issued, alone or jointly, in recorded order; at most 100. 发文",
    extensions: issuedDocumentsBound.extensions,
    select: (_args, _context, nestedSelection) => ({
      issuedDocuments: { ...issuedDocumentsBound.query, select: { document: nestedSelection(true) } },
    }),
    resolve: (organisation) => organisation.issuedDocuments.map((issuer) => issuer.document),
  }),
);

asNodeEntity(PolicyDocument, "PolicyDocument", builder.selection<{ titleZh: string }>("titleZh"));
