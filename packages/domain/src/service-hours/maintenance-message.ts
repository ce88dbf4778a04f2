import type { LocalizedText } from "../errors/localized-text.ts";
import { formatDateTimeEn, formatDateTimeJa } from "../time/japan-time.ts";

/**
 * The maintenance notice, shared by the status query and the maintenance error: when the
 * service reopens, in the service time zone.
 */
export function maintenanceMessage(reopensAt: Date, timeZone: string): LocalizedText {
  return {
    ja: `ただいまメンテナンス中です。${formatDateTimeJa(reopensAt, timeZone)}に再開します。`,
    en: `The service is closed for maintenance and reopens at ${formatDateTimeEn(reopensAt, timeZone)}.`,
  };
}
