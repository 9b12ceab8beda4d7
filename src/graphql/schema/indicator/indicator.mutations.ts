import { HonourStatus } from "../common/enums.js";
import { organisationField, periodField, regionCodeField, revisionFields, statedQuantityFields } from "../common/record-inputs.js";
import { defineRecordMutations } from "../common/record-mutations.js";
import { ReportedFigure } from "./indicator.type.js";

revisionFields("ReportedFigure");

defineRecordMutations("ReportedFigure", ReportedFigure, (t) => ({
  key: t.string({ required: true, description: 'Stable, lower-case kebab-case key, e.g. "baoshan/2020/demonstration-points".' }),
  indicator: t.string({ required: true, description: "What is measured: the indicator's code." }),
  region: regionCodeField(t, false),
  organisation: organisationField(t, "organisation the figure is about (instead of a region)"),
  ...statedQuantityFields(t),
  period: periodField(t, "Period the figure covers"),
  honourTitle: t.string({ required: false, description: "For honour counts: the title's Chinese name." }),
  honourStatus: t.field({ type: HonourStatus, required: false, description: "For honour counts: recommended, awarded or revoked." }),
  skillCompetition: t.string({ required: false, description: "The competition the figure is about: its Chinese name." }),
  policyDocument: t.string({ required: false, description: "The document the figure is about: its Chinese title." }),
}));
