import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from "@pothos/core";

const description = "How many records match, across all pages. 总数";

/**
 * Documents the `totalCount` field the Prisma plugin adds to connections (it takes no
 * description), so every field of the published schema says what it is.
 */
export class TotalCountDescriptionPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    if (fieldConfig.name !== "totalCount" || fieldConfig.description) return fieldConfig;
    return { ...fieldConfig, description };
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      totalCountDescription: TotalCountDescriptionPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin("totalCountDescription", TotalCountDescriptionPlugin);
