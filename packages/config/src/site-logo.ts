import { readFileSync } from "node:fs";
import path from "node:path";

/** Larger than any sensible logo; a mistaken path to a photo or an archive stops start-up. */
export const MAX_LOGO_BYTES = 200_000;

/** The logo's SVG text (null: the neutral one the web app ships), or why the setting is wrong. */
export type SiteLogo = { svg: string | null } | { problem: string };

/**
 * SITE_LOGO: the agency's logo, as the SVG text itself or the path of an .svg file (read once,
 * at start). config.ts turns a problem into the ConfigError naming the setting.
 */
export function parseSiteLogo(value: string | undefined): SiteLogo {
  if (value === undefined) return { svg: null };
  let svg = value;
  if (!/^\s*(<\?xml|<svg)/i.test(value)) {
    if (path.extname(value).toLowerCase() !== ".svg")
      return { problem: `expected SVG text or the path of an .svg file, got "${value}"` };
    try {
      svg = readFileSync(path.resolve(value), "utf8");
    } catch (error) {
      return { problem: `cannot read "${value}" (${(error as NodeJS.ErrnoException).code})` };
    }
  }
  if (Buffer.byteLength(svg, "utf8") > MAX_LOGO_BYTES)
    return { problem: `the logo is larger than ${MAX_LOGO_BYTES} bytes` };
  if (!/<svg[\s>]/i.test(svg) || !/<\/svg>\s*$/i.test(svg))
    return { problem: "is not an SVG document (<svg …>…</svg>)" };
  return { svg };
}
