import { currentServiceStatus, type ServiceStatusNotice } from "@cws/domain";
import { builder } from "../builder.ts";
import { LocalizedMessageRef } from "./localized-message.ts";

const ServiceStatusRef = builder.objectRef<ServiceStatusNotice>("ServiceStatus").implement({
  description:
    "Whether the service is open. It closes every week for maintenance (Monday 02:00–04:00 Japan time by default).",
  fields: (t) => ({
    open: t.exposeBoolean("open"),
    reopensAt: t.expose("reopensAt", {
      type: "DateTime",
      nullable: true,
      description: "When the current maintenance ends; null while open.",
    }),
    nextMaintenanceStartsAt: t.expose("nextMaintenanceStartsAt", {
      type: "DateTime",
      nullable: true,
    }),
    nextMaintenanceEndsAt: t.expose("nextMaintenanceEndsAt", {
      type: "DateTime",
      nullable: true,
      description:
        "When the next maintenance ends; with the start, the web app words the service hours.",
    }),
    message: t.expose("message", {
      type: LocalizedMessageRef,
      nullable: true,
      description: "What to tell people while closed.",
    }),
  }),
});

builder.queryField("serviceStatus", (t) =>
  t.field({
    authScopes: { public: true },
    openDuringMaintenance: true,
    type: ServiceStatusRef,
    description: "Open or in maintenance, and when it reopens. Answers during maintenance too.",
    resolve: (_root, _args, ctx) => currentServiceStatus(ctx.scope()),
  }),
);
