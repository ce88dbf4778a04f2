import Fastify, { type FastifyInstance } from "fastify";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerEdgeErrorHandler, registerNotFound } from "./edge-errors.ts";
import { registerWebApp } from "./web-app.ts";

const script = `console.log(${JSON.stringify("お客さまWebサービス ".repeat(200))});\n`;
const html = `<!doctype html><html lang="ja"><head><title>お客さまWebサービス</title></head>
<body>${"<div></div>".repeat(100)}<div id="root"></div></body></html>\n`;
const defaultLogo = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>`;

/** A folder laid out as `vite build` with vite-plugin-compression2 leaves apps/web/dist. */
function fakeBuild(): string {
  const root = mkdtempSync(path.join(tmpdir(), "cws-web-dist-"));
  mkdirSync(path.join(root, "assets"));
  mkdirSync(path.join(root, "guide"));
  const write = (name: string, text: string, compressed = true) => {
    writeFileSync(path.join(root, name), text);
    if (!compressed) return;
    writeFileSync(path.join(root, `${name}.gz`), gzipSync(text));
    writeFileSync(path.join(root, `${name}.br`), brotliCompressSync(text));
  };
  write("index.html", html);
  write("assets/index-Ab12Cd34.js", script);
  write("logo.svg", defaultLogo, false);
  writeFileSync(path.join(root, "guide", "step-1.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  return root;
}

async function serve(root: string, logoSvg: string | null = null): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  registerEdgeErrorHandler(app);
  const built = await registerWebApp(app, { root, logoSvg });
  registerNotFound(app, { spaFallback: built });
  return app;
}

const IMMUTABLE = "public, max-age=31536000, immutable";

describe("the built web app, compressed and cached", () => {
  let root: string;
  let app: FastifyInstance;
  beforeAll(async () => {
    root = fakeBuild();
    app = await serve(root);
  });
  afterAll(async () => {
    await app.close();
    rmSync(root, { recursive: true, force: true });
  });

  const get = (url: string, acceptEncoding?: string) =>
    app.inject({
      method: "GET",
      url,
      headers: acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding },
    });

  it("sends the brotli copy of a hashed file to a browser that accepts it, cached for a year", async () => {
    const response = await get("/assets/index-Ab12Cd34.js", "gzip, deflate, br, zstd");
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-encoding"]).toBe("br");
    expect(response.headers["content-type"]).toMatch(/^text\/javascript|^application\/javascript/);
    expect(response.headers["cache-control"]).toBe(IMMUTABLE);
    expect(response.headers.vary).toBe("Accept-Encoding");
    expect(response.rawPayload.length).toBeLessThan(Buffer.byteLength(script) / 4);
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(script);
  });

  it("sends the gzip copy when the browser accepts gzip only", async () => {
    const response = await get("/assets/index-Ab12Cd34.js", "gzip");
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(response.headers["cache-control"]).toBe(IMMUTABLE);
    expect(response.headers.vary).toBe("Accept-Encoding");
    expect(gunzipSync(response.rawPayload).toString()).toBe(script);
  });

  it("sends the file itself without Accept-Encoding or with identity only", async () => {
    for (const acceptEncoding of [undefined, "identity"]) {
      const response = await get("/assets/index-Ab12Cd34.js", acceptEncoding);
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-encoding"]).toBeUndefined();
      expect(response.headers["cache-control"]).toBe(IMMUTABLE);
      expect(response.headers.vary).toBe("Accept-Encoding");
      expect(response.body).toBe(script);
    }
  });

  it("gives each encoding its own ETag, so a cache never revalidates one with the other", async () => {
    const br = await get("/assets/index-Ab12Cd34.js", "br");
    const plain = await get("/assets/index-Ab12Cd34.js");
    expect(br.headers.etag).toBeTruthy();
    expect(br.headers.etag).not.toBe(plain.headers.etag);
  });

  it("has index.html revalidated on every visit, at / and as the screens' fallback", async () => {
    for (const url of ["/", "/login", "/guide/registration"]) {
      const response = await get(url, "br, gzip");
      expect(response.statusCode, url).toBe(200);
      expect(response.headers["content-type"], url).toMatch(/^text\/html/);
      expect(response.headers["content-encoding"], url).toBe("br");
      expect(response.headers["cache-control"], url).toBe("no-cache");
      expect(response.headers.vary, url).toBe("Accept-Encoding");
      expect(brotliDecompressSync(response.rawPayload).toString(), url).toBe(html);
    }
  });

  it("answers 304 to a revalidation of an unchanged index.html", async () => {
    const first = await get("/", "gzip");
    const again = await app.inject({
      method: "GET",
      url: "/",
      headers: { "accept-encoding": "gzip", "if-none-match": String(first.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
  });

  it("has unhashed files outside assets/ revalidated, compressed copy or not", async () => {
    const logo = await get("/logo.svg", "br, gzip");
    expect(logo.statusCode).toBe(200);
    expect(logo.headers["content-encoding"]).toBeUndefined();
    expect(logo.headers["cache-control"]).toBe("no-cache");
    expect(logo.body).toBe(defaultLogo);
    const picture = await get("/guide/step-1.png", "br, gzip");
    expect(picture.statusCode).toBe(200);
    expect(picture.headers["content-type"]).toBe("image/png");
    expect(picture.headers["cache-control"]).toBe("no-cache");
  });

  it("does not serve the compressed copies under addresses of their own", async () => {
    for (const url of ["/assets/index-Ab12Cd34.js.br", "/index.html.gz"]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(404);
    }
  });

  it("answers NOT_FOUND, not index.html, for a missing asset", async () => {
    const response = await get("/assets/index-Zz99Zz99.js", "br");
    expect(response.statusCode).toBe(404);
    expect(response.headers["content-type"]).toMatch(/^application\/json/);
  });
});

describe("the agency's logo from configuration", () => {
  const configured = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 10"><circle r="5" cx="5" cy="5"/></svg>`;
  let root: string;
  let app: FastifyInstance;
  beforeAll(async () => {
    root = fakeBuild();
    app = await serve(root, configured);
  });
  afterAll(async () => {
    await app.close();
    rmSync(root, { recursive: true, force: true });
  });

  it("replaces the shipped logo, revalidated, and cannot run scripts when opened alone", async () => {
    const response = await app.inject({ method: "GET", url: "/logo.svg" });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe(configured);
    expect(response.headers["content-type"]).toBe("image/svg+xml; charset=utf-8");
    expect(response.headers["cache-control"]).toBe("no-cache");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["content-security-policy"]).toContain("default-src 'none'");
    expect(response.headers["content-security-policy"]).toContain("sandbox");

    const again = await app.inject({
      method: "GET",
      url: "/logo.svg",
      headers: { "if-none-match": String(response.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");
  });
});
