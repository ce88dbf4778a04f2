import { nodeTestConfig } from "@cws/vitest-config";
import { mergeConfig } from "vitest/config";

// graphql ships both CJS and ESM; Apollo (loaded by Node) and our sources (loaded by Vite)
// must share one copy, or graphql refuses schemas "from another realm".
export default mergeConfig(nodeTestConfig(), { resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] } });
