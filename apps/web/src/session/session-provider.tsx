import { type CustomerFieldsFragment, MeDocument } from "@cws/client/gql";
import {
  createContext,
  use,
  useCallback,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from "react";
import { useClient } from "../api/client-context.tsx";

export type Customer = CustomerFieldsFragment;

interface SessionState {
  /** "loading" until the first `me` answer; then the customer, or null when nobody is logged in. */
  phase: "loading" | "ready";
  customer: Customer | null;
  /** Asks the server again (after login, logout, a settings change). */
  refresh: () => Promise<void>;
  /** Sets the customer from a mutation's answer without another round trip. */
  setCustomer: (customer: Customer | null) => void;
}

const SessionContext = createContext<SessionState | null>(null);

/**
 * Who is logged in, from the `me` query. The session itself is an HttpOnly cookie the
 * scripts never see; this only mirrors what the server says about it.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const [phase, setPhase] = useState<SessionState["phase"]>("loading");
  const [customer, setCustomerState] = useState<Customer | null>(null);

  const refresh = useCallback(async () => {
    try {
      const data = await client.execute(MeDocument);
      setCustomerState(data.me ?? null);
    } catch {
      // Maintenance and network problems are shown by the service-status gate; treat as logged out here.
      setCustomerState(null);
    } finally {
      setPhase("ready");
    }
  }, [client]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const setCustomer = useCallback((next: Customer | null) => {
    setCustomerState(next);
    setPhase("ready");
  }, []);

  const value = useMemo<SessionState>(
    () => ({ phase, customer, refresh, setCustomer }),
    [phase, customer, refresh, setCustomer],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}

/** The session state; needs a <SessionProvider> above. */
export function useSession(): SessionState {
  const state = use(SessionContext);
  if (!state) throw new Error("useSession() needs a <SessionProvider> above it");
  return state;
}
