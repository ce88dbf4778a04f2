import type { ServiceStatusQuery } from "@cws/client/gql";
import { DEFAULT_SERVICE_TIME_ZONE } from "@cws/domain/rules";
import {
  createContext,
  use,
  useCallback,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from "react";
import { ClientProvider, useClient } from "../api/client-context.tsx";
import { watchMaintenance } from "../api/watch-maintenance.ts";
import { useLanguage } from "../i18n/language-provider.tsx";
import { localizedBranding } from "../i18n/localized-branding.ts";
import { TimeZoneContext } from "../i18n/time-zone.tsx";
import { loadServiceStatus } from "./load-service-status.ts";
import {
  maintenanceNoticeFromError,
  maintenanceNoticeFromStatus,
  type MaintenanceNotice,
} from "./maintenance-notice.ts";

export type Branding = ServiceStatusQuery["branding"];
export type ServiceStatus = ServiceStatusQuery["serviceStatus"];
export type PasswordPolicy = ServiceStatusQuery["passwordPolicy"];

interface ServiceStatusState {
  /** "failed" keeps the last answer, if any, so the header still shows the names. */
  phase: "loading" | "ready" | "failed";
  status: ServiceStatus | null;
  branding: Branding | null;
  /** The server's configured password limits; null until the first answer. */
  passwordPolicy: PasswordPolicy | null;
  /** Set while the service is closed, by the status or by any request refused for maintenance. */
  maintenance: MaintenanceNotice | null;
  /** Asks the server again (after a failure, or when maintenance should be over). */
  reload: () => void;
}

const ServiceStatusContext = createContext<ServiceStatusState | null>(null);

/**
 * Loads the service status, branding (with the service's time zone) and password policy
 * once, and hands the screens below the time zone and a client that switches to the
 * maintenance page whenever the server refuses a request for maintenance.
 */
export function ServiceStatusProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const { language } = useLanguage();
  const [attempt, setAttempt] = useState(0);
  const [phase, setPhase] = useState<ServiceStatusState["phase"]>("loading");
  const [answer, setAnswer] = useState<ServiceStatusQuery | null>(null);
  const [refused, setRefused] = useState<MaintenanceNotice | null>(null);

  useEffect(() => {
    let current = true;
    loadServiceStatus(client, { fresh: attempt > 0 }).then(
      (data) => {
        if (!current) return;
        setAnswer(data);
        setPhase("ready");
        if (data.serviceStatus.open) setRefused(null);
      },
      (error: unknown) => {
        if (!current) return;
        setPhase("failed");
        const notice = maintenanceNoticeFromError(error);
        if (notice) setRefused(notice);
      },
    );
    return () => {
      current = false;
    };
  }, [client, attempt]);

  const watched = useMemo(() => watchMaintenance(client, setRefused), [client]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const value = useMemo<ServiceStatusState>(
    () => ({
      phase,
      status: answer?.serviceStatus ?? null,
      // The names in the chosen language, so no screen has to pick them itself.
      branding: answer ? localizedBranding(answer.branding, language) : null,
      passwordPolicy: answer?.passwordPolicy ?? null,
      maintenance: refused ?? (answer ? maintenanceNoticeFromStatus(answer.serviceStatus) : null),
      reload,
    }),
    [phase, answer, refused, reload, language],
  );

  return (
    <ServiceStatusContext value={value}>
      {/* The screens show dates in the zone the API names; the default only while it has not answered. */}
      <TimeZoneContext value={answer?.branding.timeZone ?? DEFAULT_SERVICE_TIME_ZONE}>
        <ClientProvider client={watched}>{children}</ClientProvider>
      </TimeZoneContext>
    </ServiceStatusContext>
  );
}

/** The service status, the branding, the password policy and whether the app is in maintenance. */
export function useServiceStatus(): ServiceStatusState {
  const state = use(ServiceStatusContext);
  if (!state) throw new Error("useServiceStatus() needs a <ServiceStatusProvider> above it");
  return state;
}
