import type { InputFieldBuilder } from "@pothos/core";
import { builder } from "../../builder.js";
import { Qualifier } from "./enums.js";

// Input fields that several record inputs share, described once. Each input mirrors its record's
// seed-file entry, so references are natural keys, not IDs.

export type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer Types> ? Types : never;
export type RecordInputFields = InputFieldBuilder<BuilderTypes, "InputObject">;
type Fields = RecordInputFields;

export const regionCodeField = (t: Fields, required: boolean) =>
  t.string({ required, description: "Six-digit GB/T 2260 division code of the region the record is in or about." });

export const organisationField = (t: Fields, role: string) =>
  t.string({ required: false, description: `The ${role}: an organisation's Chinese name (nameZh), as on record or imported.` });

export const periodField = (t: Fields, what: string) =>
  t.field({ type: "Period", required: false, description: `${what} (ISO 8601 year, year-month or date).` });

/** A number as the source states it: the literal text and what it means, checked against each other. */
export const statedQuantityFields = (t: Fields) => ({
  statedAs: t.string({ required: true, description: 'The number exactly as the source writes it ("1万余人", "不高于3000元"); it must be in the excerpt.' }),
  qualifier: t.field({ type: Qualifier, required: true, description: "Exact, at least, at most, or a range." }),
  value: t.field({ type: "SafeInt", required: true, description: "The value (the lower bound of a range), a whole number; money in whole CNY." }),
  valueMax: t.field({ type: "SafeInt", required: false, description: "Upper bound, for a range." }),
});

/** Version and retirement, on every record that city editors write. */
export function revisionFields(
  typeName: "ReportedFigure" | "Honour" | "CraftsmanStudio" | "DemonstrationPoint" | "InnovationProject" | "FundingAllocation" | "PolicyDocument",
) {
  builder.prismaObjectFields(typeName as "ReportedFigure", (t) => ({
    version: t.exposeInt("version", { description: "Raised by every change; an update or retirement must name the version it was based on. 版本" }),
    retiredAt: t.expose("retiredAt", {
      type: "DateTime",
      nullable: true,
      description: "When the record was withdrawn; null while it stands. It then no longer counts in aggregates. 撤销时间",
    }),
    retiredBy: t.exposeString("retiredBy", {
      nullable: true,
      description: "Who withdrew it (the token subject); for analysts and admins only, null for others.",
      authScopes: { analyst: true },
      unauthorizedResolver: () => null,
    }),
  }));
}
