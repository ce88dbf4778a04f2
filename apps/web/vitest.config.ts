import { nodeTestConfig } from "@cws/vitest-config";
import react from "@vitejs/plugin-react";
import { mergeConfig } from "vitest/config";

// The shared settings, with a DOM for the screens; the build-only budget plugin stays out.
export default mergeConfig(
  nodeTestConfig({
    environment: "happy-dom",
    include: ["src/**/*.test.{ts,tsx}", "vite-plugins/**/*.test.ts"],
    setupFiles: ["src/testing/setup.ts"],
  }),
  { plugins: [react()] },
);
