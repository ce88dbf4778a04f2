import { serviceStatusAt, formatDateTimeEn, formatDateTimeJa } from "@cws/domain";
import { builder } from "../builder.ts";
import { LocalizedMessageRef } from "./localized-message.ts";

interface ServiceStatusView {
  open: boolean;
  reopensAt: Date | null;
  nextMaintenanceStartsAt: Date | null;
  nextMaintenanceEndsAt: Date | null;
  message: { ja: string; en: string } | null;
}

const ServiceStatusRef = builder.objectRef<ServiceStatusView>("ServiceStatus").implement({
  description: "Whether the service is open. It closes every week for maintenance (Monday 02:00–04:00 Japan time by default).",
  fields: (t) => ({
    open: t.exposeBoolean("open"),
    reopensAt: t.expose("reopensAt", { type: "DateTime", nullable: true, description: "When the current maintenance ends; null while open." }),
    nextMaintenanceStartsAt: t.expose("nextMaintenanceStartsAt", { type: "DateTime", nullable: true }),
    nextMaintenanceEndsAt: t.expose("nextMaintenanceEndsAt", { type: "DateTime", nullable: true, description: "When the next maintenance ends; with the start, the web app words the service hours." }),
    message: t.expose("message", { type: LocalizedMessageRef, nullable: true, description: "What to tell people while closed." }),
  }),
});

builder.queryField("serviceStatus", (t) =>
  t.field({
    authScopes: { public: true }, openDuringMaintenance: true,
    type: ServiceStatusRef,
    description: "Open or in maintenance, and when it reopens. Answers during maintenance too.",
    resolve: (_root, _args, { config, clock }) => {
      const status = serviceStatusAt(clock.now(), config.maintenanceWindow);
      if (status.open) return { ...status, reopensAt: null, message: null };
      return { open: false, reopensAt: status.reopensAt, nextMaintenanceStartsAt: null, nextMaintenanceEndsAt: null, message: maintenanceMessage(status.reopensAt, config.timeZone) };
    },
  }),
);

/** The maintenance notice, shared by the status query and the maintenance error. */
export function maintenanceMessage(reopensAt: Date, timeZone: string) {
  return {
    ja: `ただいまメンテナンス中です。${formatDateTimeJa(reopensAt, timeZone)}に再開します。`,
    en: `The service is closed for maintenance and reopens at ${formatDateTimeEn(reopensAt, timeZone)}.`,
  };
}
