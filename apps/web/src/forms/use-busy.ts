import { useCallback, useRef, useState } from "react";

/**
 * Runs one submission at a time: a double click or a second Enter while the first request
 * is on its way is ignored, so a mutation is never sent twice from one screen.
 */
export function useBusy(): [busy: boolean, run: (task: () => Promise<void>) => Promise<void>] {
  const running = useRef(false);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async (task: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      await task();
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  return [busy, run];
}
