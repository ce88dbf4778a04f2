import { useCallback, useEffect, useRef, useState } from "react";

export type Loaded<T> =
  | { phase: "loading" }
  | { phase: "ready"; data: T }
  | { phase: "failed"; error: unknown };

/**
 * Loads what a screen shows when `key` changes, and again on `reload()`. The request is
 * kept in a ref, so StrictMode's second run of the effect reuses it instead of asking the
 * server twice (answers that arrive for an older key or attempt are dropped).
 */
export function useLoad<T>(
  key: string,
  load: () => Promise<T>,
): Loaded<T> & { reload: () => void } {
  const [attempt, setAttempt] = useState(0);
  const id = `${key}#${attempt}`;
  const [settled, setSettled] = useState<{ id: string; result: Loaded<T> } | null>(null);
  const request = useRef<{ id: string; promise: Promise<T> } | null>(null);

  useEffect(() => {
    if (request.current?.id !== id) request.current = { id, promise: load() };
    let current = true;
    request.current.promise.then(
      (data) => current && setSettled({ id, result: { phase: "ready", data } }),
      (error: unknown) => current && setSettled({ id, result: { phase: "failed", error } }),
    );
    return () => {
      current = false;
    };
    // `load` is a fresh closure every render; the key says when it asks for something else.
  }, [id]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const result: Loaded<T> = settled?.id === id ? settled.result : { phase: "loading" };
  return { ...result, reload };
}
