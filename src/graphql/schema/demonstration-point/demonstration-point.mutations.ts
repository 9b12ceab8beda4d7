import { organisationField, periodField, regionCodeField, revisionFields } from "../common/record-inputs.js";
import { defineRecordMutations } from "../common/record-mutations.js";
import { DemonstrationPoint } from "./demonstration-point.type.js";

revisionFields("DemonstrationPoint");

defineRecordMutations("DemonstrationPoint", DemonstrationPoint, (t) => ({
  nameZh: t.string({ required: true, description: "Chinese name; the natural key." }),
  nameEn: t.string({ required: true, description: "English name." }),
  region: regionCodeField(t, true),
  host: organisationField(t, "host organisation"),
  designated: periodField(t, "When it was designated"),
}));
