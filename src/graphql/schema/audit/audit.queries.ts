import type { Prisma } from "../../../generated/sqlite/index.js";
import { builder } from "../../builder.js";
import { presentFields } from "../common/filters.js";
import { listOrder, orderArgumentDescription, recordedOrder } from "../common/list-order.js";
import { AuditEntry } from "./audit.type.js";

const AuditEntryFilter = builder.inputType("AuditEntryFilter", {
  description: "Narrows the audit trail.",
  fields: (t) => ({
    entity: t.string({ required: false, description: 'Only writes of this kind of record, e.g. "reportedFigure".' }),
    entityKey: t.string({ required: false, description: "Only writes of the record with this natural key." }),
    actor: t.string({ required: false, description: "Only writes by this token subject." }),
  }),
});

const auditEntriesOrder = listOrder<Prisma.AuditEntryOrderByWithRelationInput>()("AuditEntry", "audit entries", {
  AT: { description: "When the write happened.", clauses: (direction) => [{ at: direction }] },
  RECORDED: recordedOrder(),
});

builder.queryFields((t) => ({
  auditEntries: t.prismaConnection({
    type: AuditEntry,
    cursor: "id",
    description: "Every write, newest first: the audit trail. Admins only.",
    authScopes: { admin: true },
    args: {
      filter: t.arg({ type: AuditEntryFilter, required: false, description: "Conditions the entries must meet." }),
      orderBy: t.arg({ type: auditEntriesOrder.input, required: false, description: orderArgumentDescription }),
    },
    resolve: (query, _root, args, context) =>
      context.db.auditEntry.findMany({ ...query, where: presentFields(args.filter), orderBy: auditEntriesOrder.orderBy(args.orderBy, [{ id: "desc" }]) }),
    totalCount: (_connection, args, context) => context.db.auditEntry.count({ where: presentFields(args.filter) }),
  }),
}));
