import { builder } from "../../builder.js";
import type { Context } from "../../context.js";
import { PolicyDocumentKindEnum, PolicyDocumentStatusEnum, SortDirectionEnum } from "../common/enums.js";
import { foundOr } from "../common/errors.js";
import { PeriodRange, inRegionTree, periodCondition } from "../common/filters.js";
import { PolicyDocument } from "./policy-document.type.js";

const PolicyDocumentFilter = builder.inputType("PolicyDocumentFilter", {
  description: "Narrows a list of policy documents; all given conditions must hold.",
  fields: (t) => ({
    kind: t.field({ type: PolicyDocumentKindEnum, required: false, description: "Only this kind." }),
    status: t.field({ type: PolicyDocumentStatusEnum, required: false, description: "Only this status." }),
    issuerNameZh: t.string({ required: false, description: "Only documents this organisation issued or co-issued." }),
    issuerRegionCode: t.string({ required: false, description: "Only documents with an issuer in this division or below it." }),
    issued: t.field({ type: PeriodRange, required: false, description: "Only documents issued in this span." }),
  }),
});

const PolicyDocumentOrder = builder.inputType("PolicyDocumentOrder", {
  description: "Sort order for policy documents: by issue period (undated last when ascending), then id.",
  fields: (t) => ({ direction: t.field({ type: SortDirectionEnum, required: false, defaultValue: "ASC", description: "Direction." }) }),
});

async function policyDocumentWhere(filter: typeof PolicyDocumentFilter.$inferInput | null | undefined, context: Context) {
  if (!filter) return {};
  const issuer = {
    ...(filter.issuerNameZh ? { nameZh: filter.issuerNameZh } : {}),
    ...(await inRegionTree(context, filter.issuerRegionCode, "filter.issuerRegionCode")),
  };
  return {
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(Object.keys(issuer).length ? { issuers: { some: { organisation: issuer } } } : {}),
    ...(filter.issued ? { issued: periodCondition(filter.issued) } : {}),
  };
}

builder.queryFields((t) => ({
  policyDocument: t.prismaField({
    type: PolicyDocument,
    description: "One policy document by its exact Chinese title (without 《》). An unknown title is a NOT_FOUND error.",
    args: { titleZh: t.arg.string({ required: true, description: "The exact Chinese title, without 《》." }) },
    resolve: (query, _root, { titleZh }, context) =>
      foundOr(context.db.policyDocument.findUnique({ ...query, where: { titleZh } }), "policy document", titleZh, "titleZh"),
  }),
  policyDocuments: t.prismaConnection({
    type: PolicyDocument,
    cursor: "id",
    description: "Policy documents, filtered by kind, status, issuer and issue period.",
    args: {
      filter: t.arg({ type: PolicyDocumentFilter, required: false, description: "Conditions the records must meet; all given ones must hold." }),
      orderBy: t.arg({ type: PolicyDocumentOrder, required: false, description: "Sort order; ties are broken by record id." }),
    },
    resolve: async (query, _root, args, context) => {
      const direction = args.orderBy?.direction === "DESC" ? "desc" : "asc";
      return context.db.policyDocument.findMany({
        ...query,
        where: await policyDocumentWhere(args.filter, context),
        orderBy: [{ issued: { sort: direction, nulls: "last" } }, { id: direction }],
      });
    },
    totalCount: async (_connection, args, context) =>
      context.db.policyDocument.count({ where: await policyDocumentWhere(args.filter, context) }),
  }),
}));
