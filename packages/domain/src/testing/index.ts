// Test helpers, for this package's tests and the other packages' (as @cws/domain/testing).
export * from "./contract-fixtures.ts";
export * from "./free-port.ts";
export * from "./it-when.ts";
export * from "./renewal-test-support.ts";
export * from "./smtp-test-server.ts";
export * from "./test-database.ts";
export * from "./staff-fixtures.ts";
