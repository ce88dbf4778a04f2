import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { firstPageBudget } from "./vite-plugins/first-page-budget.ts";
import { serverOnlyCheck } from "./vite-plugins/server-only-check.ts";

// In development the API runs on its own port; the proxy keeps the browser on one origin,
// as in production where the server serves this build, so cookies and CSRF rules match.
const api = "http://127.0.0.1:3000";

export default defineConfig({
  plugins: [react(), serverOnlyCheck(), firstPageBudget({ maxJsGzipBytes: 150_000 })],
  build: { outDir: "dist", emptyOutDir: true },
  server: {
    proxy: {
      "/graphql": api,
      "/dev/": api,
      "/healthz": api,
      "/readyz": api,
      "/explorer": api,
    },
  },
});
