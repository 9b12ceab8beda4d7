import { standing, yearCondition } from "../../../db/sql-conditions.js";

import type { Prisma } from "../../../generated/sqlite/index.js";
import { searchCondition } from "../../../read/name-lookup.js";
import { builder } from "../../builder.js";
import type { Context } from "../../context.js";
import { PolicyDocumentKind, PolicyDocumentStatus } from "../common/enums.js";
import { organisationId, regionSubtree, searchFieldDescription, YearRange } from "../common/filters.js";
import { listOrder, orderArgumentDescription, pinyinOrderDescription, recordedOrder } from "../common/list-order.js";
import { foundByName } from "../common/natural-keys.js";
import { PolicyDocument } from "./policy-document.type.js";

const PolicyDocumentFilter = builder.inputType("PolicyDocumentFilter", {
  description: "Narrows a list of policy documents; all given conditions must hold.",
  fields: (t) => ({
    kind: t.field({ type: PolicyDocumentKind, required: false, description: "Only this kind." }),
    status: t.field({ type: PolicyDocumentStatus, required: false, description: "Only this status." }),
    issuerNameZh: t.string({ required: false, description: "Only documents this organisation issued or co-issued." }),
    issuerRegionCode: t.string({ required: false, description: "Only documents with an issuer in this division or below it." }),
    issued: t.field({ type: YearRange, required: false, description: "Only documents issued in these years." }),
    search: t.string({ required: false, description: searchFieldDescription }),
  }),
});

const policyDocumentOrder = listOrder<Prisma.PolicyDocumentOrderByWithRelationInput>()("PolicyDocument", "policy documents", {
  ISSUED: {
    description: "Issue period; undated documents come last in either direction.",
    clauses: (direction) => [{ issued: { sort: direction, nulls: "last" } }],
  },
  TITLE_ZH: { description: pinyinOrderDescription, clauses: (direction) => [{ sortKey: direction }, { titleZh: direction }] },
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
    ...searchCondition(filter.search, "filter.search"),
  };
}

builder.queryFields((t) => ({
  policyDocument: t.prismaField({
    type: PolicyDocument,
    description:
      "One policy document by its Chinese title, with or without 《》 and with spaces set aside. A title that is none is a NOT_FOUND error naming the closest titles.",
    args: { titleZh: t.arg.string({ required: true, description: "The Chinese title, e.g. 技能鉴定考核题库 or 《技能鉴定考核题库》." }) },
    resolve: (query, _root, { titleZh }, context) =>
      foundByName(context, "policyDocument", "policy document", titleZh, "titleZh", (key) =>
        context.db.policyDocument.findUnique({ ...query, where: "id" in key ? { id: key.id } : { titleZh: key.exact } }),
      ),
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
