import { useLayoutEffect, useRef } from "react";

/**
 * Moves focus to the returned element (a step's heading, tabIndex -1) when `step` changes:
 * the address stays the same between steps, so the app's focus-on-navigate does not help,
 * and a keyboard or screen-reader user would otherwise be left on a button that is gone.
 * A layout effect, so that an error summary's own (passive) focus effect runs later and wins.
 */
export function useFocusOnStep<T extends HTMLElement>(step: unknown) {
  const target = useRef<T>(null);
  const previous = useRef(step);
  useLayoutEffect(() => {
    if (previous.current === step) return;
    previous.current = step;
    target.current?.focus();
  }, [step]);
  return target;
}
