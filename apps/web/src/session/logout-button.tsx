import { LogoutDocument } from "@cws/client/gql";
import { useState } from "react";
import { useNavigate } from "react-router";
import { useClient } from "../api/client-context.tsx";
import { useBusy } from "../forms/use-busy.ts";
import { useT } from "../i18n/use-t.ts";
import { useSession } from "./session-provider.tsx";

/**
 * ログアウト: ends the session on the server (which clears the HttpOnly cookie), then
 * forgets the customer here. If the server cannot be reached the session is still live,
 * so the customer is told instead of being shown as logged out.
 */
export function LogoutButton() {
  const t = useT();
  const client = useClient();
  const navigate = useNavigate();
  const { setCustomer } = useSession();
  const [busy, run] = useBusy();
  const [failed, setFailed] = useState(false);

  const logout = () =>
    run(async () => {
      try {
        await client.execute(LogoutDocument);
        setFailed(false);
        setCustomer(null);
        void navigate("/login");
      } catch {
        setFailed(true);
      }
    });

  return (
    <>
      {failed && <span role="alert">{t("logout.failed")}</span>}
      <button
        type="button"
        className="button"
        onClick={() => void logout()}
        aria-disabled={busy || undefined}
      >
        {t("logout.button")}
      </button>
    </>
  );
}
