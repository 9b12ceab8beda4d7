import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed documents (TypedDocumentNode) for the operations in test/client/operations/, generated from the
// committed SDL, so a schema change that breaks an operation fails generation.
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
        scalars: { SafeInt: "number", PositiveInt: "number", NonNegativeInt: "number", Period: "string" },
      },
    },
  },
};

export default config;
