import base from "@cws/eslint-config";
import {
  browserSafeWorkspaceEntries,
  nodeBuiltins,
  serverOnlyPackages,
} from "./vite-plugins/server-only-modules.ts";

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const allowed = browserSafeWorkspaceEntries
  .map((entry) => escape(entry.slice("@cws/".length)))
  .join("|");

// Browser globals need no entry: typescript-eslint turns off no-undef for TS files, where
// the compiler (lib "DOM") checks them. React hooks rules would need a new dependency.
export default [
  ...base,
  {
    // The screens run in the browser: a server-only import would drag MikroORM, argon2 or
    // Node built-ins into the bundle (the build's server-only check fails on them too).
    // The build-time files beside src (vite config, plugins) run under Node and may use them.
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: nodeBuiltins
            .filter((name) => !name.startsWith("node:"))
            .map((name) => ({ name, message: "Node built-ins do not run in the browser." })),
          patterns: [
            {
              regex: `^@cws/(?!(?:${allowed})$)`,
              message: `The web app imports only ${browserSafeWorkspaceEntries.join(", ")} from the workspace.`,
            },
            {
              regex: `^(?:${serverOnlyPackages.map(escape).join("|")})(?:/|$)`,
              message: "Server-only package: the web app talks to the server through @cws/client.",
            },
            { regex: "^node:", message: "Node built-ins do not run in the browser." },
          ],
        },
      ],
    },
  },
];
