import { organisationField, periodField, regionCodeField, revisionFields } from "../common/record-inputs.js";
import { defineRecordMutations } from "../common/record-mutations.js";
import { CraftsmanStudio } from "./craftsman-studio.type.js";

revisionFields("CraftsmanStudio");

defineRecordMutations("CraftsmanStudio", CraftsmanStudio, (t) => ({
  nameZh: t.string({ required: true, description: "Chinese name; the natural key." }),
  nameEn: t.string({ required: true, description: "English name." }),
  region: regionCodeField(t, true),
  host: organisationField(t, "host organisation"),
  lead: t.string({ required: false, description: "The leading craftsman or model worker: a person's key." }),
  established: periodField(t, "When it was set up"),
}));
