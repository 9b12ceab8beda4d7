import { builder } from "../../builder.js";
import { presentFields } from "../common/filters.js";
import { AuditEntry } from "./audit.type.js";

const AuditEntryFilter = builder.inputType("AuditEntryFilter", {
  description: "Narrows the audit trail.",
  fields: (t) => ({
    entity: t.string({ required: false, description: 'Only writes of this kind of record, e.g. "reportedFigure".' }),
    entityKey: t.string({ required: false, description: "Only writes of the record with this natural key." }),
    actor: t.string({ required: false, description: "Only writes by this token subject." }),
  }),
});

builder.queryFields((t) => ({
  auditEntries: t.prismaConnection({
    type: AuditEntry,
    cursor: "id",
    description: "Every write, newest first: the audit trail. Admins only.",
    authScopes: { admin: true },
    args: { filter: t.arg({ type: AuditEntryFilter, required: false, description: "Conditions the entries must meet." }) },
    resolve: (query, _root, args, context) => context.db.auditEntry.findMany({ ...query, where: presentFields(args.filter), orderBy: { id: "desc" } }),
    totalCount: (_connection, args, context) => context.db.auditEntry.count({ where: presentFields(args.filter) }),
  }),
}));
