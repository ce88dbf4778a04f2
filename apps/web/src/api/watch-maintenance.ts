import type { GraphQLClient } from "@cws/client";
import {
  maintenanceNoticeFromError,
  type MaintenanceNotice,
} from "../service-status/maintenance-notice.ts";

/**
 * Wraps a client so that any request refused for maintenance switches the app to the
 * maintenance page: the window can start while a customer is half-way through a form,
 * and later screens should not each have to handle that.
 */
export function watchMaintenance(
  client: GraphQLClient,
  onMaintenance: (notice: MaintenanceNotice) => void,
): GraphQLClient {
  return {
    async execute(document, ...variables) {
      try {
        return await client.execute(document, ...variables);
      } catch (error) {
        const notice = maintenanceNoticeFromError(error);
        if (notice) onMaintenance(notice);
        throw error;
      }
    },
    setBearerToken: (token) => client.setBearerToken(token),
    cookies: () => client.cookies(),
  };
}
