import type { Config } from "@cws/config";
import { builder } from "../builder.ts";

type Branding = Config["branding"];

/** The branding as published: the names, the desk and the zone the service's dates are in. */
type PublishedBranding = Branding & { timeZone: string };

const DeskRef = builder.objectRef<Branding["desk"]>("ContactDesk").implement({
  description: "The contact desk shown beside the forms (インターネットデスク).",
  fields: (t) => ({
    name: t.exposeString("name"),
    phone: t.exposeString("phone"),
    hours: t.exposeString("hours"),
  }),
});

const BrandingRef = builder.objectRef<PublishedBranding>("Branding").implement({
  description: "Names and contact details from configuration; the defaults are fictional.",
  fields: (t) => ({
    insurerName: t.exposeString("insurerName"),
    agencyName: t.exposeString("agencyName"),
    desk: t.expose("desk", { type: DeskRef }),
    timeZone: t.exposeString("timeZone", {
      description:
        "The IANA time zone (SERVICE_TIME_ZONE) in which the screens show dates and times, e.g. Asia/Tokyo.",
    }),
  }),
});

builder.queryField("branding", (t) =>
  t.field({
    authScopes: { public: true },
    openDuringMaintenance: true,
    type: BrandingRef,
    description: "The insurer, agency and contact desk to show, and the service's time zone.",
    resolve: (_root, _args, { config }) => ({ ...config.branding, timeZone: config.timeZone }),
  }),
);
