import { useSyncExternalStore } from "react";

/**
 * Below a tablet's width (48rem, 768 px at the default text size; in rem so a customer who
 * enlarged the text gets the phone layout sooner).
 */
export const NARROW_SCREEN_QUERY = "(max-width: 47.99rem)";

const media = (): MediaQueryList | null =>
  typeof window !== "undefined" && typeof window.matchMedia === "function"
    ? window.matchMedia(NARROW_SCREEN_QUERY)
    : null;

function subscribe(onChange: () => void): () => void {
  const query = media();
  query?.addEventListener("change", onChange);
  // Not every engine reports a media change on resize (happy-dom does not); the check is cheap.
  window.addEventListener("resize", onChange);
  return () => {
    query?.removeEventListener("change", onChange);
    window.removeEventListener("resize", onChange);
  };
}

const isNarrow = () => media()?.matches ?? false;

/**
 * True on a phone-sized screen, and again false when the screen is turned or the window
 * widened. The contract list renders one layout or the other (not both, hidden by CSS), so
 * a screen reader and the tests meet each contract once.
 */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, isNarrow, () => false);
}
