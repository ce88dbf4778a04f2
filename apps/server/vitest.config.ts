import { nodeTestConfig } from "@cws/vitest-config";
import { mergeConfig } from "vitest/config";

// The bench's pure helpers (ratios, targets) are tested beside it.
const include = ["src/**/*.test.ts", "test/**/*.test.ts", "bench/**/*.test.ts"];

// graphql ships both CJS and ESM; Apollo (loaded by Node) and our sources (loaded by Vite)
// must share one copy, or graphql refuses schemas "from another realm".
export default mergeConfig(nodeTestConfig({ include }), {
  resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] },
});
