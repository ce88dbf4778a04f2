import type { ApolloServerPlugin } from "@apollo/server";

/**
 * A request whose answer carries INTERNAL_SERVER_ERROR answers HTTP 500, as every other
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
          const failed = errors?.some((error) => error.extensions?.code === "INTERNAL_SERVER_ERROR");
          if (failed && (response.http.status ?? 200) < 500) response.http.status = 500;
        },
      };
    },
  };
}
