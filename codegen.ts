import type { CodegenConfig } from "@graphql-codegen/cli";

// The codegen configuration for client teams, and the one the project's own example clients are
// generated with: typed documents (TypedDocumentNode) for the operations in test/client/operations/,
// every custom scalar mapped to its TypeScript type, and the union and interface members Apollo
// Client's cache needs (possibleTypes). Generated from the committed SDL, so a schema change that
// breaks an operation fails generation. Copy it, and point `schema` and `documents` at your own.

/** Each custom scalar of schema/schema.graphql (its @specifiedBy says where the format is defined) and what it is in TypeScript. */
export const scalars = {
  SafeInt: "number",
  PositiveInt: "number",
  NonNegativeInt: "number",
  Period: "string",
  DateTime: "string",
  JSONObject: "Record<string, unknown>",
};

const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: ["test/client/operations/**/*.graphql"],
  ignoreNoDocuments: false,
  generates: {
    "test/client/generated/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        emitLegacyCommonJSImports: false,
        enumsAsTypes: true,
        // A scalar added to the schema without a mapping here fails generation instead of becoming `unknown`.
        strictScalars: true,
        scalars,
      },
    },
    "test/client/generated/possible-types.ts": {
      plugins: ["fragment-matcher"],
      config: { useExplicitTyping: true },
    },
  },
};

export default config;
