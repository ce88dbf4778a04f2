import { useCallback } from "react";
import { useServiceStatus } from "../../service-status/service-status-provider.tsx";

/**
 * Fills the site text's placeholders ({agency}, {insurer}, {deskName}, {deskPhone},
 * {deskHours}) from the branding the server sends, so the text files name no agency.
 */
export function useSiteText(): (text: string) => string {
  const { branding } = useServiceStatus();
  return useCallback(
    (text: string) => {
      if (!branding) return text;
      const values: Record<string, string> = {
        agency: branding.agencyName,
        insurer: branding.insurerName,
        deskName: branding.desk.name,
        deskPhone: branding.desk.phone,
        deskHours: branding.desk.hours,
      };
      return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
    },
    [branding],
  );
}
