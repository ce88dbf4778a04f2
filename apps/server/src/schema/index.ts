import { builder } from "../builder.ts";
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

export function buildSchema() {
  return builder.toSchema({ sortSchema: true });
}
