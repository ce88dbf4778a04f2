import { useEffect, useState } from "react";
import { createPortal } from "react-dom";
import { useSession } from "../../session/session-provider.tsx";
import { LogoutButton } from "./logout-button.tsx";

/**
 * Puts the logout button into the header while a customer is logged in. The header is
 * rendered above the session provider (it shows during maintenance too), so the button is
 * rendered from inside the routes and portalled into the header's empty slot
 * (#site-header-session in layout/site-header.tsx).
 */
export function HeaderLogout() {
  const { customer } = useSession();
  const [slot, setSlot] = useState<HTMLElement | null>(null);
  useEffect(() => {
    setSlot(document.getElementById("site-header-session"));
  }, []);
  if (!customer || !slot) return null;
  return createPortal(<LogoutButton />, slot);
}
