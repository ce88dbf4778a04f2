import { defineConfig, type ViteUserConfig } from "vitest/config";

/** The shared Vitest settings: Node environment, tests beside the code, generous timeouts for database start-up. */
export function nodeTestConfig(overrides: ViteUserConfig["test"] = {}) {
  return defineConfig({
    test: {
      environment: "node",
      include: ["src/**/*.test.ts", "test/**/*.test.ts"],
      testTimeout: 30_000,
      hookTimeout: 60_000,
      ...overrides,
    },
  });
}
