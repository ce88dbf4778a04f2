import type { CodegenConfig } from "@graphql-codegen/cli";

// The schema is the server's committed print; codegen validates every document against
// it, so a document that no longer matches the schema fails the build.
const config: CodegenConfig = {
  schema: "../../apps/server/schema.graphql",
  documents: ["src/operations/**/*.graphql"],
  ignoreNoDocuments: false,
  // Node runs these sources with type stripping, which needs real file extensions.
  importExtension: ".ts",
  generates: {
    "src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: "string",
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: "string", DateTime: "string" },
      },
    },
  },
};

export default config;
