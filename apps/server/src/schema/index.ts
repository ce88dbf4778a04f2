import { builder } from "../builder.ts";
import "./scalars.ts";
import "./localized-message.ts";
import "./service-status.ts";
import "./branding.ts";

export function buildSchema() {
  return builder.toSchema({ sortSchema: true });
}
