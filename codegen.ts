import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed documents (TypedDocumentNode) for the operations in test/operations/, generated from the
// committed SDL, so a schema change that breaks an operation fails generation.
const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: ["test/operations/**/*.graphql"],
  ignoreNoDocuments: false,
  generates: {
    "test/generated/graphql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        emitLegacyCommonJSImports: false,
        enumsAsTypes: true,
        scalars: { SafeInt: "number", Period: "string" },
      },
    },
  },
};

export default config;
