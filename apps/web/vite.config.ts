import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { compression } from "vite-plugin-compression2";
import { firstPageBudget } from "./vite-plugins/first-page-budget.ts";
import { serverOnlyCheck } from "./vite-plugins/server-only-check.ts";

// In development the API runs on its own port; the proxy keeps the browser on one origin,
// as in production where the server serves this build, so cookies and CSRF rules match.
const api = "http://127.0.0.1:3000";

export default defineConfig(({ command }) => {
  // The build is always the production one, whatever NODE_ENV the shell (or the server it is
  // built for) has: with NODE_ENV=development Vite and the React plugin would bundle React's
  // development build and JSX runtime, slower and over the first-page budget. Vite reads
  // NODE_ENV after loading this file, so setting it here is enough; `vite` (dev) is untouched.
  if (command === "build") {
    // eslint-disable-next-line no-restricted-properties -- the build tool's own switch, not a setting of the product
    process.env.NODE_ENV = "production";
  }
  return {
    mode: command === "build" ? "production" : undefined,
    plugins: [
      react(),
      serverOnlyCheck(),
      firstPageBudget({ maxJsGzipBytes: 150_000 }),
      // Every text file of the build gets a .gz and a .br beside it, so the server sends the
      // smaller one the browser accepts without compressing on each request (server:
      // apps/server/src/http/web-app.ts). A compressed copy not smaller is not written.
      compression({
        algorithms: ["gzip", "brotliCompress"],
        include: /\.(html|js|mjs|css|json|svg|txt)$/,
        threshold: 512,
        logLevel: "silent",
      }),
    ],
    build: { outDir: "dist", emptyOutDir: true },
    server: {
      proxy: {
        "/graphql": api,
        "/dev/": api,
        "/documents/": api,
        "/healthz": api,
        "/readyz": api,
        "/explorer": api,
        "/logo.svg": api,
      },
    },
  };
});
