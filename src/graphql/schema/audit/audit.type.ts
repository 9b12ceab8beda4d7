import { builder } from "../../builder.js";
import { asNodeEntity } from "../common/node-entities.js";

const parsedImage = (image: string | null) => (image === null ? null : (JSON.parse(image) as Record<string, unknown>));

export const AuditEntry = builder.prismaNode("AuditEntry", {
  id: { field: "id" },
  nullable: true,
  description: "One write: who made it, when, through which operation, and the record before and after. For admins. 审计记录",
  authScopes: { admin: true },
  fields: (t) => ({
    at: t.expose("at", { type: "DateTime", description: "When the write was committed." }),
    actor: t.exposeString("actor", { description: 'Who wrote: the token subject ("cli:<user>" for the import command).' }),
    role: t.exposeString("role", { description: "The writer's role at the time." }),
    operation: t.exposeString("operation", { description: 'The mutation that wrote, or "importReport".' }),
    entity: t.exposeString("entity", { description: "The kind of record written (its model)." }),
    entityKey: t.exposeString("entityKey", { description: "The record's natural key." }),
    before: t.field({
      type: "JSONObject",
      nullable: true,
      description: "The record before the write; null when the write created it.",
      resolve: (entry) => parsedImage(entry.before),
    }),
    after: t.field({ type: "JSONObject", nullable: true, description: "The record after the write.", resolve: (entry) => parsedImage(entry.after) }),
  }),
});

asNodeEntity(AuditEntry, "AuditEntry");
