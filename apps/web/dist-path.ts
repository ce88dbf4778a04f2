import { fileURLToPath } from "node:url";

/** Absolute path of the built web app (`apps/web/dist`), which the server serves in production. */
export const webDistDir: string = fileURLToPath(new URL("./dist", import.meta.url));

/**
 * Where the usage guide's screenshots live (`apps/web/public/guide`, committed): the browser
 * suite writes them, the build copies them to `/guide/`.
 */
export const guideScreenshotDir: string = fileURLToPath(new URL("./public/guide", import.meta.url));
