import type { Config } from "@cws/config";
import { builder } from "../builder.ts";

type Branding = Config["branding"];

const DeskRef = builder.objectRef<Branding["desk"]>("ContactDesk").implement({
  description: "The contact desk shown beside the forms (インターネットデスク).",
  fields: (t) => ({
    name: t.exposeString("name"),
    phone: t.exposeString("phone"),
    hours: t.exposeString("hours"),
  }),
});

const BrandingRef = builder.objectRef<Branding>("Branding").implement({
  description: "Names and contact details from configuration; the defaults are fictional.",
  fields: (t) => ({
    insurerName: t.exposeString("insurerName"),
    agencyName: t.exposeString("agencyName"),
    desk: t.expose("desk", { type: DeskRef }),
  }),
});

builder.queryField("branding", (t) =>
  t.field({ authScopes: { public: true }, openDuringMaintenance: true, type: BrandingRef, description: "The insurer, agency and contact desk to show.", resolve: (_root, _args, { config }) => config.branding }),
);
