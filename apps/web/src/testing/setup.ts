import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// Screens are lazy chunks: when CI runs every package's tests at once on two cores, the
// first import of a chunk can take seconds, longer than Testing Library's 1 s default.
configure({ asyncUtilTimeout: 10_000 });

// Vitest runs without globals, so Testing Library cannot register its own clean-up.
afterEach(() => {
  cleanup();
  localStorage.clear();
  // The language choice is kept in a cookie too (for the server); every test starts in Japanese.
  document.cookie = "cws_lang=; Path=/; Max-Age=0";
  document.documentElement.lang = "ja";
});
