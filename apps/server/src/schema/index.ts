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
import "./documents.ts";

export function buildSchema() {
  // A throttled field (see graphql/field-policy-plugin.ts) answers its typed TooManyAttempts.
  return builder.toSchema({ sortSchema: true, throttledAnswer: tooManyAttempts });
}
