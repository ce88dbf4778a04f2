import { SetLanguageDocument } from "@cws/client/gql";
import { useEffect } from "react";
import { useClient } from "../api/client-context.tsx";
import { useSession } from "../session/session-provider.tsx";
import { useLanguage } from "./language-provider.tsx";

const syncedKey = "cws.language.account";

function lastSynced(): string | null {
  try {
    return localStorage.getItem(syncedKey);
  } catch {
    return null;
  }
}

/**
 * Tells the server the language a signed-in customer uses, so mails sent to them later (a
 * reset, a renewal) open with an English line when it is English. Sent once per account and
 * language, not on every page: the last one sent is remembered in this browser.
 */
export function AccountLanguageSync() {
  const client = useClient();
  const { customer } = useSession();
  const { language } = useLanguage();
  const accountKey = customer && !customer.requiredAction ? customer.userId : null;

  useEffect(() => {
    if (!accountKey) return;
    const marker = `${accountKey}:${language}`;
    if (lastSynced() === marker) return;
    client.execute(SetLanguageDocument, { language }).then(
      () => {
        try {
          localStorage.setItem(syncedKey, marker);
        } catch {
          // Sent again next time then; harmless.
        }
      },
      // A courtesy, not a step of any procedure: a failure is tried again on the next page load.
      () => {},
    );
  }, [client, accountKey, language]);
  return null;
}
