import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>`;
const dir = mkdtempSync(path.join(tmpdir(), "cws-logo-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function problemOf(value: string): ConfigError {
  try {
    loadConfig({ SITE_LOGO: value });
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("SITE_LOGO", () => {
  it("is the shipped neutral logo (null) when unset or empty", () => {
    expect(loadConfig({}).site.logoSvg).toBeNull();
    expect(loadConfig({ SITE_LOGO: "" }).site.logoSvg).toBeNull();
  });

  it("takes the SVG text itself", () => {
    expect(loadConfig({ SITE_LOGO: svg }).site.logoSvg).toBe(svg);
    const withProlog = `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
    expect(loadConfig({ SITE_LOGO: withProlog }).site.logoSvg).toBe(withProlog);
  });

  it("reads an .svg file once, at start", () => {
    const file = path.join(dir, "agency.svg");
    writeFileSync(file, svg);
    expect(loadConfig({ SITE_LOGO: file }).site.logoSvg).toBe(svg);
  });

  it("stops start-up, naming the setting, for a missing file, another kind of file or not SVG", () => {
    const notSvg = path.join(dir, "not.svg");
    writeFileSync(notSvg, "<html><body>hello</body></html>");
    const huge = path.join(dir, "huge.svg");
    writeFileSync(huge, `<svg>${" ".repeat(200_001)}</svg>`);
    const cases: [string, RegExp][] = [
      [path.join(dir, "missing.svg"), /cannot read .*ENOENT/],
      ["./logo.png", /SVG text or the path of an \.svg file/],
      [notSvg, /not an SVG document/],
      ["<svg><script>", /not an SVG document/],
      [huge, /larger than 200000 bytes/],
    ];
    for (const [value, message] of cases) {
      const error = problemOf(value);
      expect(error.setting).toBe("SITE_LOGO");
      expect(error.message).toMatch(message);
    }
  });
});
