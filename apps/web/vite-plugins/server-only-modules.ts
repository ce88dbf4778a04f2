import { builtinModules } from "node:module";

/**
 * Workspace entries the browser may load: the typed client and the domain's browser-safe
 * rules. Every other `@cws/*` entry (the domain's services and test helpers, the server,
 * the configuration) pulls in the database, argon2 or `process.env`.
 */
export const browserSafeWorkspaceEntries = [
  "@cws/client",
  "@cws/client/gql",
  "@cws/domain/rules",
] as const;

/** npm packages that only run on the server: the ORM and its drivers, hashing, mail, HTTP, throttling. */
export const serverOnlyPackages = [
  "@mikro-orm",
  "@electric-sql/pglite",
  "argon2",
  "nodemailer",
  "pg",
  "ioredis",
  "rate-limiter-flexible",
  "fastify",
  "@fastify",
  "@apollo/server",
  "@as-integrations/fastify",
  "@pothos/core",
  "@escape.tech",
  "graphiql",
] as const;

/** Node's built-in modules, with and without the `node:` prefix (`fs`, `node:fs`, `fs/promises`…). */
export const nodeBuiltins: readonly string[] = [
  ...new Set(
    builtinModules.flatMap((name) => (name.startsWith("node:") ? [name] : [name, `node:${name}`])),
  ),
];
