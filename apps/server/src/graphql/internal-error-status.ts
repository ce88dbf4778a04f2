import type { ApolloServerPlugin } from "@apollo/server";

/** How long a client should wait after a 503 SERVICE_UNAVAILABLE (the database was out of reach). */
const RETRY_AFTER_SECONDS = 5;

/**
 * A request whose answer carries INTERNAL_SERVER_ERROR answers HTTP 500, one that met an
 * unavailable database 503 with Retry-After, as every other
 * edge error answers its own status: monitors and proxies see the failure without reading
 * the body. (A resolver's error would otherwise leave the status at 200.)
 */
export function internalErrorStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const { errors } = response.body.singleResult;
          if (!errors?.length) return;
          const codes = new Set(errors.map((error) => error.extensions?.code));
          if (codes.has("INTERNAL_SERVER_ERROR") && (response.http.status ?? 200) < 500)
            response.http.status = 500;
          else if (codes.has("SERVICE_UNAVAILABLE")) {
            response.http.status = 503;
            response.http.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
          }
        },
      };
    },
  };
}
