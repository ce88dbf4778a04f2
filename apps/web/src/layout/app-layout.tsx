import type { ReactNode } from "react";
import { useT } from "../i18n/use-t.ts";
import { SiteFooter } from "./site-footer.tsx";
import { SiteHeader } from "./site-header.tsx";
import { StatusProblem } from "./status-problem.tsx";
import { useFocusOnNavigate } from "./use-focus-on-navigate.ts";

/** The frame of every screen: skip link, header, the main area and the footer. */
export function AppLayout({ children }: { children: ReactNode }) {
  const t = useT();
  const main = useFocusOnNavigate<HTMLElement>();
  return (
    <>
      <a href="#main" className="skip-link">
        {t("app.skipToContent")}
      </a>
      <SiteHeader />
      <StatusProblem />
      <main id="main" ref={main} tabIndex={-1} className="site-main">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
