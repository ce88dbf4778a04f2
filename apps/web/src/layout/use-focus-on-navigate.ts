import { useEffect, useRef } from "react";
import { useLocation } from "react-router";

/**
 * Moves focus to the main area when the route changes, so keyboard and screen-reader users
 * start at the new screen instead of the link they pressed (which may be gone).
 */
export function useFocusOnNavigate<T extends HTMLElement>() {
  const { pathname } = useLocation();
  const target = useRef<T>(null);
  // Compare with the previous path, not "first render", so React's double mount in development does not steal focus.
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    target.current?.focus();
  }, [pathname]);
  return target;
}
