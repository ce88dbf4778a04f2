import { useEffect } from "react";
import { useT } from "../i18n/use-t.ts";

/** Names the browser tab after the screen, which is also what screen readers announce on navigation. */
export function PageTitle({ title }: { title: string }) {
  const t = useT();
  const full = `${title} | ${t("app.serviceName")}`;
  useEffect(() => {
    document.title = full;
  }, [full]);
  return null;
}
