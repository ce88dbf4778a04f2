import type { ServiceStatusQuery } from "@cws/client/gql";
import type { Language } from "./messages.ts";

type Branding = ServiceStatusQuery["branding"];

/**
 * The branding with its names in the chosen language: the API sends the Japanese names and
 * their English versions (`en`, already falling back to the Japanese where none is configured).
 */
export function localizedBranding(branding: Branding, language: Language): Branding {
  if (language === "ja") return branding;
  const { en } = branding;
  return {
    ...branding,
    insurerName: en.insurerName,
    agencyName: en.agencyName,
    desk: { ...branding.desk, name: en.desk.name, hours: en.desk.hours },
  };
}
