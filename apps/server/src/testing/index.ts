// Test helpers of the API for other packages' tests (as @cws/server/testing).
export * from "./journeys.ts";
export * from "./test-server.ts";
