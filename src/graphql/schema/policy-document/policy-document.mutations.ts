import { PolicyDocumentKind, PolicyDocumentStatus } from "../common/enums.js";
import { periodField, revisionFields } from "../common/record-inputs.js";
import { defineRecordMutations } from "../common/record-mutations.js";
import { PolicyDocument } from "./policy-document.type.js";

revisionFields("PolicyDocument");

defineRecordMutations("PolicyDocument", PolicyDocument, (t) => ({
  titleZh: t.string({ required: true, description: "Chinese title, without book-title marks; the natural key." }),
  titleEn: t.string({ required: true, description: "English title." }),
  kind: t.field({ type: PolicyDocumentKind, required: true, description: "What sort of document it is." }),
  status: t.field({ type: PolicyDocumentStatus, required: true, description: "In force, on trial, interim or draft." }),
  issued: periodField(t, "When it was issued"),
  issuers: t.stringList({
    required: true,
    description: "The issuing organisations' Chinese names, in the order the source gives; they place the document for editors.",
  }),
  summaryZh: t.string({ required: false, description: "What it provides, in Chinese." }),
  summaryEn: t.string({ required: false, description: "What it provides, in English." }),
}));
