import type { Plugin } from "vite";
import { nodeBuiltins, serverOnlyPackages } from "./server-only-modules.ts";

const builtins = new Set(nodeBuiltins);

// Workspace sources that are server-only whatever they import: the domain's server entry and
// test helpers, the configuration (it reads process.env) and the server itself.
const serverOnlySources = [
  /\/packages\/domain\/src\/index\.ts$/,
  /\/packages\/domain\/src\/testing\//,
  /\/packages\/config\/src\//,
  /\/apps\/server\/src\//,
];

/** The npm package a resolved module belongs to (the innermost node_modules), or null. */
function packageOf(id: string): string | null {
  const match = /.*\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  return match?.[1] ?? null;
}

/** Why a module of the bundle is server-only, or null when the browser may load it. */
export function serverOnlyReason(moduleId: string): string | null {
  // Rollup/Vite mark virtual modules with a leading NUL byte.
  const id = moduleId.replace(/^\0/, "").replaceAll("\\", "/");
  // Vite swaps a Node built-in for an empty "browser external" stub instead of failing.
  const external = /__vite-browser-external:?(.*)$/.exec(id);
  if (external) {
    const named = external[1] ? external[1] : '(named in the build\'s "externalized" warnings)';
    return `Node built-in ${named}`;
  }
  if (builtins.has(id)) return `Node built-in ${id}`;
  const pkg = packageOf(id);
  const serverOnly =
    pkg && serverOnlyPackages.some((name) => pkg === name || pkg.startsWith(`${name}/`));
  if (serverOnly) return `server-only package ${pkg}`;
  if (!pkg && serverOnlySources.some((pattern) => pattern.test(id)))
    return "server-only workspace source";
  return null;
}

/** The bundle's server-only modules, each with its reason, in a stable order. */
export function findServerOnlyModules(
  moduleIds: Iterable<string>,
): { id: string; reason: string }[] {
  return [...new Set(moduleIds)]
    .flatMap((id) => {
      const reason = serverOnlyReason(id);
      return reason ? [{ id, reason }] : [];
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Fails the build when a chunk of the web bundle contains a server-only module: MikroORM,
 * argon2, nodemailer, pg, a Node built-in, or the domain's server entry. The lint rule
 * stops the direct import; this catches one that comes in through another module.
 */
export function serverOnlyCheck(): Plugin {
  return {
    name: "cws:server-only-check",
    apply: "build",
    generateBundle(_options, bundle) {
      const ids = Object.values(bundle).flatMap((file) =>
        file.type === "chunk" ? file.moduleIds : [],
      );
      const found = findServerOnlyModules(ids);
      if (found.length === 0) return;
      // One line per package or built-in: a forced-in ORM brings hundreds of modules.
      const byReason = Map.groupBy(found, (module) => module.reason);
      const lines = [...byReason].map(
        ([reason, modules]) =>
          `  ${reason} (${modules.length} module(s), e.g. ${modules[0]?.id.replace(/^\0/, "")})`,
      );
      this.error(
        [
          `the web bundle contains server-only modules; the browser must not load them:`,
          ...lines,
        ].join("\n"),
      );
    },
  };
}
