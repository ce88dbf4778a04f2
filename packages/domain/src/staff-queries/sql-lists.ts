/** A list bound as ONE parameter (`in (select jsonb_array_elements_text(?::jsonb))`), whatever its length. */
export function jsonList(values: readonly (string | number)[]): string {
  return JSON.stringify(values.map(String));
}

/** An opaque paging cursor from the sort key of the last row, and back. */
export function encodeCursor(parts: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(parts), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string | null | undefined, length: number): string[] | null {
  if (!cursor) return null;
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    return Array.isArray(parts) && parts.length === length ? parts.map(String) : null;
  } catch {
    return null;
  }
}

/** A page size within bounds: the default when absent, never more than `max`. */
export function pageSize(requested: number | null | undefined, fallback = 50, max = 500): number {
  if (requested === null || requested === undefined || !Number.isFinite(requested)) return fallback;
  return Math.min(max, Math.max(1, Math.floor(requested)));
}
