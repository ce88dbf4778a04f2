import { fileURLToPath } from "node:url";

/** Absolute path of the built web app (`apps/web/dist`), which the server serves in production. */
export const webDistDir: string = fileURLToPath(new URL("./dist", import.meta.url));
