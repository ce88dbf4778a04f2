/**
 * An error as one short log field: name and message on one line, at most 300 characters,
 * with anything that looks like credentials in a URL (`smtp://user:pass@…`) cut out.
 */
export function shortError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text
    .replace(/(\w+:\/\/)[^@\s/]*@/g, "$1***@")
    .replace(/\s+/g, " ")
    .slice(0, 300);
}
