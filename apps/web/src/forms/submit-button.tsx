import type { ReactNode } from "react";

/**
 * The form's main button. While a request is on its way it is marked aria-disabled rather
 * than disabled, so it keeps focus and screen readers say it is busy (useBusy drops the repeat).
 */
export function SubmitButton({ busy, children }: { busy: boolean; children: ReactNode }) {
  return (
    <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
      {children}
    </button>
  );
}
