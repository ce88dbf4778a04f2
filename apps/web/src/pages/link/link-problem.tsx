import type { LinkPurpose } from "@cws/client/gql";
import { FormPage } from "../../forms/form-page.tsx";
import { RestartLinks } from "../../forms/restart-links.tsx";
import type { MessageKey } from "../../i18n/messages.ts";
import { useT } from "../../i18n/use-t.ts";
import type { DeadLinkStatus } from "./link-status.ts";

const wording: Record<DeadLinkStatus, { title: MessageKey; lead: MessageKey }> = {
  EXPIRED: { title: "link.EXPIRED.title", lead: "link.EXPIRED.lead" },
  USED: { title: "link.USED.title", lead: "link.USED.lead" },
  DEAD: { title: "link.DEAD.title", lead: "link.DEAD.lead" },
  UNKNOWN: { title: "link.UNKNOWN.title", lead: "link.UNKNOWN.lead" },
};

/** Where to start again: the procedure the link belonged to, or both when it is not known. */
function restarts(purpose: LinkPurpose | null): { to: string; label: MessageKey }[] {
  const registration = { to: "/register", label: "link.restartRegistration" as const };
  const reset = { to: "/forgot", label: "link.restartReset" as const };
  if (purpose === "REGISTRATION") return [registration];
  if (purpose === "CREDENTIAL_RESET") return [reset];
  if (purpose === "EMAIL_CHANGE") return [];
  return [registration, reset];
}

/** The page for a link that cannot be used (expired, used, dead after wrong keywords, unknown), with a way on. */
export function LinkProblem({
  status,
  purpose,
}: {
  status: DeadLinkStatus;
  purpose: LinkPurpose | null;
}) {
  const t = useT();
  const { title, lead } = wording[status];
  return (
    <FormPage title={t(title)} focusOnMount>
      <p>{t(lead)}</p>
      <RestartLinks restarts={restarts(purpose)} />
    </FormPage>
  );
}
