import { HonourStatus } from "../common/enums.js";
import { organisationField, periodField, regionCodeField, revisionFields } from "../common/record-inputs.js";
import { defineRecordMutations } from "../common/record-mutations.js";
import { Honour } from "./honour.type.js";

revisionFields("Honour");

defineRecordMutations("Honour", Honour, (t) => ({
  key: t.string({ required: true, description: 'Stable, lower-case kebab-case key, e.g. "baoshan/model-workers/2020/zhang-san".' }),
  honourTitle: t.string({ required: true, description: "The title held: its Chinese name." }),
  status: t.field({ type: HonourStatus, required: true, description: "Recommended, awarded or revoked." }),
  person: t.string({ required: false, description: "The honoured person's key (give a person or an organisation)." }),
  organisation: organisationField(t, "honoured unit (give a person or an organisation)"),
  region: regionCodeField(t, false),
  period: periodField(t, "When the title was conferred or recommended"),
}));
