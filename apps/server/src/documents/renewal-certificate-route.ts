import type { Config } from "@cws/config";
import {
  type Clock,
  type Orm,
  findRenewalCertificate,
  renderRenewalCertificatePdf,
  renewalCertificateDisposition,
  resumePrincipal,
  serviceStatusAt,
} from "@cws/domain";
import type { FastifyInstance, FastifyReply } from "fastify";
import { EDGE_ERRORS, type EdgeErrorCode, edgeErrorBody } from "../http/error-catalog.ts";
import { readSessionToken } from "../http/session-cookie.ts";

/** Where the web app links to: `/documents/renewal-certificate/<contract id>.pdf`. */
export const RENEWAL_CERTIFICATE_PATH = "/documents/renewal-certificate/";

const FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.pdf$/i;

function refuse(reply: FastifyReply, code: EdgeErrorCode) {
  return reply
    .code(EDGE_ERRORS[code].status)
    .header("cache-control", "no-store")
    .type("application/json; charset=utf-8")
    .send(edgeErrorBody(code));
}

export interface RenewalCertificateRouteDeps {
  config: Config;
  orm: Orm;
  clock: Clock;
}

/**
 * GET /documents/renewal-certificate/:contractId.pdf: the signed-in customer's
 * 「継続手続完了のお知らせ」 for a contract they renewed online, while the renewed period
 * runs. The session comes as the cookie (or a bearer token, as for GraphQL). 401 without a
 * live session, 403 while a new password is due, 404 for a contract that is not the
 * caller's, was not renewed online or whose renewed period has ended (alike, so nobody learns
 * whether someone else's contract exists), 503 during maintenance.
 */
export function registerRenewalCertificateRoute(
  app: FastifyInstance,
  deps: RenewalCertificateRouteDeps,
) {
  const { config, orm, clock } = deps;
  app.get<{ Params: { file: string } }>(
    `${RENEWAL_CERTIFICATE_PATH}:file`,
    async (request, reply) => {
      const now = clock.now();
      if (!serviceStatusAt(now, config.maintenanceWindow).open)
        return refuse(reply, "SERVICE_IN_MAINTENANCE");
      const token = readSessionToken(request);
      const em = orm.em.fork();
      const session = token ? await resumePrincipal(em, token, config.sessions, now) : null;
      if (!session) return refuse(reply, "UNAUTHENTICATED");
      if (session.requiredAction) return refuse(reply, "PASSWORD_CHANGE_REQUIRED");
      const contractId = FILE.exec(request.params.file)?.[1];
      if (!contractId) return refuse(reply, "NOT_FOUND");

      const scope = {
        em,
        config,
        now,
        origin: {
          ip: request.ip,
          userAgent: String(request.headers["user-agent"] ?? "").slice(0, 500),
          requestId: request.id,
        },
        customer: {
          accountId: session.accountId,
          policyholderId: session.policyholderId,
          email: session.email,
          sessionId: session.sessionId,
        },
      };
      const certificate = await findRenewalCertificate(scope, contractId.toLowerCase());
      if (!certificate) return refuse(reply, "NOT_FOUND");
      const pdf = await renderRenewalCertificatePdf(certificate, config.timeZone);
      return reply
        .header("content-type", "application/pdf")
        .header("content-disposition", renewalCertificateDisposition(certificate))
        .header("cache-control", "private, no-store")
        .header("x-content-type-options", "nosniff")
        .send(pdf);
    },
  );
}
