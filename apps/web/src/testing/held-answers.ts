import type { GraphQLClient } from "@cws/client";

/**
 * Wraps a client so that, after `hold()`, the answers to one operation wait until the
 * returned function is called, as a slow network would: a test can look at a screen while
 * its request is under way.
 */
export function holdAnswers(
  client: GraphQLClient,
  operation: string,
): { client: GraphQLClient; hold: () => () => void } {
  let held: Promise<void> | null = null;
  const named = new RegExp(`(?:query|mutation)\\s+${operation}\\b`);
  const holding: GraphQLClient = {
    async execute(document, ...variables) {
      if (named.test(document.toString())) await held;
      return client.execute(document, ...variables);
    },
    setBearerToken: (token) => client.setBearerToken(token),
    cookies: () => client.cookies(),
  };
  const hold = () => {
    let release = () => {};
    held = new Promise((resolve) => (release = resolve));
    return release;
  };
  return { client: holding, hold };
}
