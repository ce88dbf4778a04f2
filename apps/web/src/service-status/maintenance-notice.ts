import { GraphQLRequestError } from "@cws/client";
import type { ServiceStatusQuery } from "@cws/client/gql";

/** What the maintenance page shows: the server's message and when the service reopens. */
export interface MaintenanceNotice {
  reopensAt: Date | null;
  message: { ja: string | null; en: string | null };
}

/** The notice for a closed status, or null while the service is open. */
export function maintenanceNoticeFromStatus(
  status: ServiceStatusQuery["serviceStatus"],
): MaintenanceNotice | null {
  if (status.open) return null;
  return {
    reopensAt: status.reopensAt ? new Date(status.reopensAt) : null,
    message: { ja: status.message?.ja ?? null, en: status.message?.en ?? null },
  };
}

/** The notice carried by a SERVICE_IN_MAINTENANCE error, in `extensions.message { ja en }`. */
export function maintenanceNoticeFromError(error: unknown): MaintenanceNotice | null {
  if (!(error instanceof GraphQLRequestError) || error.code !== "SERVICE_IN_MAINTENANCE")
    return null;
  const { reopensAt } = error.extensions;
  return {
    reopensAt: typeof reopensAt === "string" ? new Date(reopensAt) : null,
    message: {
      ja: error.localizedMessage?.ja ?? null,
      en: error.localizedMessage?.en ?? (error.message || null),
    },
  };
}
