import { ProjectStatus } from "../common/enums.js";
import { organisationField, periodField, regionCodeField, revisionFields } from "../common/record-inputs.js";
import { defineRecordMutations } from "../common/record-mutations.js";
import { InnovationProject } from "./innovation-project.type.js";

revisionFields("InnovationProject");

defineRecordMutations("InnovationProject", InnovationProject, (t) => ({
  nameZh: t.string({ required: true, description: "Chinese name; the natural key." }),
  nameEn: t.string({ required: true, description: "English name." }),
  status: t.field({ type: ProjectStatus, required: true, description: "Where the project stands." }),
  region: regionCodeField(t, true),
  owner: organisationField(t, "organisation running the project"),
  period: periodField(t, "When the project runs"),
}));
