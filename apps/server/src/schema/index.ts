import { builder } from "../builder.ts";
import { tooManyAttempts } from "./problems.ts";
import "./scalars.ts";
import "./localized-message.ts";
import "./service-status.ts";
import "./branding.ts";
import "./problems.ts";
import "./customer.ts";
import "./sessions.ts";
import "./links.ts";
import "./registration.ts";
import "./recovery.ts";
import "./settings.ts";
import "./password-policy.ts";
import "./contracts.ts";
import "./staff/json.ts";
import "./staff/problems.ts";
import "./staff/staff-member.ts";
import "./staff/staff-sessions.ts";
import "./staff/staff-admin.ts";
import "./staff/imports.ts";
import "./staff/customers.ts";
import "./staff/renewals-due.ts";
import "./staff/audit-trail.ts";

export function buildSchema() {
  // A throttled field (see graphql/field-policy-plugin.ts) answers its typed TooManyAttempts.
  return builder.toSchema({ sortSchema: true, throttledAnswer: tooManyAttempts });
}
