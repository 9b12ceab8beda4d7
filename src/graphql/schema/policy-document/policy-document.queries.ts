import { standing, yearCondition } from "../../../db/sql-conditions.js";

import type { Prisma } from "../../../generated/sqlite/index.js";
import { builder } from "../../builder.js";
import type { Context } from "../../context.js";
import { PolicyDocumentKind, PolicyDocumentStatus } from "../common/enums.js";
import { organisationId, regionSubtree, YearRange } from "../common/filters.js";
import { listOrder, orderArgumentDescription, recordedOrder } from "../common/list-order.js";
import { foundByKey } from "../common/natural-keys.js";
import { PolicyDocument } from "./policy-document.type.js";

const PolicyDocumentFilter = builder.inputType("PolicyDocumentFilter", {
  description: "Narrows a list of policy documents; all given conditions must hold.",
  fields: (t) => ({
    kind: t.field({ type: PolicyDocumentKind, required: false, description: "Only this kind." }),
    status: t.field({ type: PolicyDocumentStatus, required: false, description: "Only this status." }),
    issuerNameZh: t.string({ required: false, description: "Only documents this organisation issued or co-issued." }),
    issuerRegionCode: t.string({ required: false, description: "Only documents with an issuer in this division or below it." }),
    issued: t.field({ type: YearRange, required: false, description: "Only documents issued in these years." }),
  }),
});

const policyDocumentOrder = listOrder<Prisma.PolicyDocumentOrderByWithRelationInput>()("PolicyDocument", "policy documents", {
  ISSUED: {
    description: "Issue period; undated documents come last in either direction.",
    clauses: (direction) => [{ issued: { sort: direction, nulls: "last" } }],
  },
  TITLE_ZH: { description: "Chinese title, by code point.", clauses: (direction) => [{ titleZh: direction }] },
  RECORDED: recordedOrder(),
});

async function policyDocumentWhere(filter: typeof PolicyDocumentFilter.$inferInput | null | undefined, context: Context) {
  if (!filter) return standing;
  const issuer = {
    ...(filter.issuerNameZh ? { organisationId: await organisationId(context, filter.issuerNameZh, "filter.issuerNameZh") } : {}),
    ...(filter.issuerRegionCode ? { organisation: { region: await regionSubtree(context, filter.issuerRegionCode, "filter.issuerRegionCode") } } : {}),
  };
  return {
    ...standing,
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(Object.keys(issuer).length ? { issuers: { some: issuer } } : {}),
    ...(filter.issued ? { issued: yearCondition(filter.issued, "filter.issued") } : {}),
  };
}

builder.queryFields((t) => ({
  policyDocument: t.prismaField({
    type: PolicyDocument,
    description: "One policy document by its exact Chinese title (without 《》). An unknown title is a NOT_FOUND error.",
    args: { titleZh: t.arg.string({ required: true, description: "The exact Chinese title, without 《》." }) },
    resolve: (query, _root, { titleZh }, context) =>
      foundByKey("policy document", titleZh, "titleZh", (titleZh) => context.db.policyDocument.findUnique({ ...query, where: { titleZh } })),
  }),
  policyDocuments: t.prismaConnection({
    type: PolicyDocument,
    cursor: "id",
    description: "Policy documents, filtered by kind, status, issuer and issue year; in recorded order unless orderBy is given.",
    args: {
      filter: t.arg({ type: PolicyDocumentFilter, required: false, description: "Conditions the records must meet; all given ones must hold." }),
      orderBy: t.arg({ type: policyDocumentOrder.input, required: false, description: orderArgumentDescription }),
    },
    resolve: async (query, _root, args, context) => {
      return context.db.policyDocument.findMany({
        ...query,
        where: await policyDocumentWhere(args.filter, context),
        orderBy: policyDocumentOrder.orderBy(args.orderBy, [{ id: "asc" }]),
      });
    },
    totalCount: async (_connection, args, context) => context.db.policyDocument.count({ where: await policyDocumentWhere(args.filter, context) }),
  }),
}));
