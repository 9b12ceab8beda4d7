import { FundingPurpose } from "../common/enums.js";
import { organisationField, periodField, regionCodeField, revisionFields, statedQuantityFields } from "../common/record-inputs.js";
import { defineRecordMutations } from "../common/record-mutations.js";
import { FundingAllocation } from "./funding.type.js";

revisionFields("FundingAllocation");

defineRecordMutations("FundingAllocation", FundingAllocation, (t) => ({
  key: t.string({ required: true, description: 'Stable, lower-case kebab-case key, e.g. "baoshan/2020/studio-subsidies".' }),
  payer: organisationField(t, "paying organisation"),
  region: regionCodeField(t, true),
  purpose: t.field({ type: FundingPurpose, required: true, description: "What the money is for." }),
  descriptionZh: t.string({ required: true, description: "What was funded, in Chinese." }),
  descriptionEn: t.string({ required: true, description: "What was funded, in English." }),
  ...statedQuantityFields(t),
  period: periodField(t, "When the money was allocated"),
  serviceFacility: t.string({ required: false, description: "The service facility funded: its Chinese name." }),
}));
