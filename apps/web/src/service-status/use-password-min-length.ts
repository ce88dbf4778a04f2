import { DEFAULT_PASSWORD_MIN_LENGTH } from "@cws/domain/rules";
import { useServiceStatus } from "./service-status-provider.tsx";

/**
 * The minimum password length the server enforces (PASSWORD_MIN_LENGTH), so the rules the
 * browser checks agree with the server's. Until the start-up query answers, or if it
 * failed, the domain default stands in; the server's answer has the last word either way.
 */
export function usePasswordMinLength(): number {
  return useServiceStatus().passwordPolicy?.minLength ?? DEFAULT_PASSWORD_MIN_LENGTH;
}
