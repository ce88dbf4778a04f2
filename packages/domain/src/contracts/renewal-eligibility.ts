import { addDays, isCalendarDate } from "../time/calendar-date.ts";
import type { Product } from "./contract.entity.ts";

export const RENEWAL_REFUSAL_REASONS = [
  "TOO_EARLY",
  "EXPIRED",
  "ALREADY_RENEWED",
  "NOT_ONLINE_RENEWABLE",
] as const;
/** Why a contract cannot be renewed online today. */
export type RenewalRefusalReason = (typeof RENEWAL_REFUSAL_REASONS)[number];

/** Products the customer may renew online (SPEC §2.5); others go through the agency. */
export const ONLINE_RENEWABLE_PRODUCTS: readonly Product[] = ["GROUP_AUTO"];

/** The first and the last Japan calendar day on which the customer may renew, both inclusive. */
export interface RenewalWindow {
  opensOn: string;
  closesOn: string;
}

/** A refusal: why, and the window dates the customer may be told (wording: renewal-messages.ts). */
export type RenewalRefusal = {
  renewable: false;
  reason: RenewalRefusalReason;
} & Partial<RenewalWindow>;

export type RenewalEligibility = ({ renewable: true } & RenewalWindow) | RenewalRefusal;

export interface RenewalEligibilityInput {
  product: Product;
  currentPeriod: { startsOn: string; endsOn: string };
  /** A period starting after the current one exists: the renewal was already made. */
  hasNextPeriod: boolean;
  /** Today's calendar date in Japan time (YYYY-MM-DD). */
  today: string;
  /** config.renewal.windowDays: how many days before the expiry date the window opens. */
  windowDays: number;
}

/**
 * The renewal window of a period: it opens on `endsOn − windowDays` and closes at the end
 * of the expiry date itself (満期日 is still covered, so renewing on it is allowed; the
 * next day is too late). With the default 60 days a period ending 2027-01-24 is renewable
 * from 2026-11-25 through 2027-01-24. The window never opens before the period has
 * started, so a long configured window cannot renew a period that has not begun.
 */
export function renewalWindow(
  period: { startsOn: string; endsOn: string },
  windowDays: number,
): RenewalWindow {
  if (!Number.isInteger(windowDays) || windowDays < 0)
    throw new RangeError(`windowDays must be a whole number of days, got ${windowDays}`);
  const opensOn = addDays(period.endsOn, -windowDays);
  return {
    opensOn: opensOn < period.startsOn ? period.startsOn : opensOn,
    closesOn: period.endsOn,
  };
}

/**
 * Whether the customer may renew the contract online today, and if not, why. Checks in
 * the order a customer would want to hear them: the product first, then an existing
 * renewal, then the dates. Only facts: `refusalMessage` words a refusal.
 */
export function renewalEligibility(input: RenewalEligibilityInput): RenewalEligibility {
  const { product, currentPeriod, hasNextPeriod, today, windowDays } = input;
  if (!isCalendarDate(today)) throw new RangeError(`today must be a calendar date, got ${today}`);
  const refuse = (
    reason: RenewalRefusalReason,
    dates: Partial<RenewalWindow> = {},
  ): RenewalRefusal => ({
    renewable: false,
    reason,
    ...dates,
  });

  if (!ONLINE_RENEWABLE_PRODUCTS.includes(product)) return refuse("NOT_ONLINE_RENEWABLE");
  if (hasNextPeriod) return refuse("ALREADY_RENEWED");
  const window = renewalWindow(currentPeriod, windowDays);
  // ISO dates compare correctly as strings.
  if (today < window.opensOn) return refuse("TOO_EARLY", window);
  if (today > window.closesOn) return refuse("EXPIRED", window);
  return { renewable: true, ...window };
}
