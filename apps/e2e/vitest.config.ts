import { nodeTestConfig } from "@cws/vitest-config";
import { mergeConfig } from "vitest/config";

// Browser journeys: one file at a time (the machine has 2 cores and each journey runs a
// server, a database and Chromium), with room for a cold start.
export default mergeConfig(
  nodeTestConfig({
    include: ["test/**/*.test.ts"],
    testTimeout: 90_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // Checks for Chromium and empties artifacts/e2e once per run.
    globalSetup: ["./src/global-setup.ts"],
  }),
  // graphql ships both CJS and ESM; Apollo (loaded by Node) and the server's sources (loaded
  // by Vite) must share one copy, or graphql refuses schemas "from another realm".
  { resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] } },
);
