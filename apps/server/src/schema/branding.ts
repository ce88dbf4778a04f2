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

const EnglishDeskRef = builder.objectRef<Branding["en"]["desk"]>("ContactDeskEnglish").implement({
  description: "The contact desk's name and hours for English screens (the phone is the same).",
  fields: (t) => ({
    name: t.exposeString("name"),
    hours: t.exposeString("hours"),
  }),
});

const EnglishBrandingRef = builder.objectRef<Branding["en"]>("BrandingEnglish").implement({
  description:
    "The names for English screens (INSURER_NAME_EN and the like); a name not configured in " +
    "English is the Japanese one.",
  fields: (t) => ({
    insurerName: t.exposeString("insurerName"),
    agencyName: t.exposeString("agencyName"),
    desk: t.expose("desk", { type: EnglishDeskRef }),
  }),
});

const BrandingRef = builder.objectRef<PublishedBranding>("Branding").implement({
  description:
    "Names and contact details from configuration; the defaults are fictional. The top-level " +
    "names are Japanese; `en` holds the English ones.",
  fields: (t) => ({
    insurerName: t.exposeString("insurerName"),
    agencyName: t.exposeString("agencyName"),
    desk: t.expose("desk", { type: DeskRef }),
    en: t.expose("en", { type: EnglishBrandingRef }),
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
