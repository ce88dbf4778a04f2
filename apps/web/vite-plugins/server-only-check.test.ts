import { describe, expect, it } from "vitest";
import { findServerOnlyModules, serverOnlyCheck, serverOnlyReason } from "./server-only-check.ts";

const pnpm = "/repo/node_modules/.pnpm";

describe("serverOnlyReason", () => {
  it("names the ORM, its drivers, hashing and mail packages wherever pnpm put them", () => {
    const orm = `${pnpm}/@mikro-orm+core@7.2.1/node_modules/@mikro-orm/core/index.js`;
    expect(serverOnlyReason(orm)).toBe("server-only package @mikro-orm/core");
    expect(serverOnlyReason(`${pnpm}/argon2@0.45.1/node_modules/argon2/argon2.cjs`)).toBe(
      "server-only package argon2",
    );
    const mailer = `${pnpm}/nodemailer@10.6.1/node_modules/nodemailer/dist/esm/index.js`;
    expect(serverOnlyReason(mailer)).toBe("server-only package nodemailer");
    expect(serverOnlyReason(`${pnpm}/pg@8.23.0/node_modules/pg/esm/index.mjs`)).toBe(
      "server-only package pg",
    );
  });

  it("names Node built-ins, which Vite swaps for an empty browser stub instead of failing", () => {
    expect(serverOnlyReason("\0__vite-browser-external:node:fs")).toBe("Node built-in node:fs");
    expect(serverOnlyReason("__vite-browser-external")).toMatch(/^Node built-in/);
    expect(serverOnlyReason("node:crypto")).toBe("Node built-in node:crypto");
  });

  it("names the domain's server entry, its test helpers, the configuration and the server", () => {
    expect(serverOnlyReason("/repo/packages/domain/src/index.ts")).toBe(
      "server-only workspace source",
    );
    expect(serverOnlyReason("/repo/packages/domain/src/testing/index.ts")).toBe(
      "server-only workspace source",
    );
    expect(serverOnlyReason("/repo/packages/config/src/config.ts")).toBe(
      "server-only workspace source",
    );
    expect(serverOnlyReason("/repo/apps/server/src/main.ts")).toBe("server-only workspace source");
  });

  it("lets the browser's own modules through: React, the client, the domain's rules", () => {
    expect(
      serverOnlyReason(`${pnpm}/react-dom@19.2.0/node_modules/react-dom/client.js`),
    ).toBeNull();
    expect(serverOnlyReason(`${pnpm}/pgpass@1.0.0/node_modules/pgpass/index.js`)).toBeNull();
    expect(serverOnlyReason("/repo/packages/client/src/client.ts")).toBeNull();
    expect(serverOnlyReason("/repo/packages/domain/src/rules.ts")).toBeNull();
    expect(serverOnlyReason("/repo/packages/domain/src/time/japan-time.ts")).toBeNull();
    expect(serverOnlyReason("/repo/apps/web/src/main.tsx")).toBeNull();
  });
});

describe("serverOnlyCheck", () => {
  type GenerateBundle = (
    this: { error(message: string): never },
    options: unknown,
    bundle: Record<string, unknown>,
  ) => void;
  const run = (moduleIds: string[]) => () =>
    (serverOnlyCheck().generateBundle as GenerateBundle).call(
      {
        error: (message) => {
          throw new Error(message);
        },
      },
      {},
      {
        "assets/index.js": { type: "chunk", fileName: "assets/index.js", moduleIds },
        "index.html": { type: "asset", fileName: "index.html", source: "<!doctype html>" },
      },
    );

  it("fails the build when a chunk contains MikroORM", () => {
    const orm = `${pnpm}/@mikro-orm+core@7.2.1/node_modules/@mikro-orm/core/index.js`;
    expect(run(["/repo/apps/web/src/main.tsx", orm])).toThrow(
      /server-only package @mikro-orm\/core \(1 module/,
    );
  });

  it("lets a bundle of browser modules pass", () => {
    expect(
      run(["/repo/apps/web/src/main.tsx", "/repo/packages/domain/src/rules.ts"]),
    ).not.toThrow();
    expect(findServerOnlyModules(["/repo/apps/web/src/main.tsx"])).toEqual([]);
  });
});
