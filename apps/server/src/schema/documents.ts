import { type AvailableRenewalCertificate, listRenewalCertificates } from "@cws/domain";
import { builder } from "../builder.ts";
import { RENEWAL_CERTIFICATE_PATH } from "../documents/renewal-certificate-route.ts";
import { requireCustomer } from "../graphql/require-customer.ts";

const RenewalCertificateRef = builder
  .objectRef<AvailableRenewalCertificate>("RenewalCertificate")
  .implement({
    description:
      "「継続手続完了のお知らせ」 of an online renewal, downloadable until the renewed period ends.",
    fields: (t) => ({
      contractId: t.exposeID("contractId"),
      policyNumber: t.exposeString("policyNumber", { description: "契約番号." }),
      description: t.exposeString("description", { description: "契約内容." }),
      startsOn: t.expose("startsOn", { type: "Date", description: "The renewed period's start." }),
      endsOn: t.expose("endsOn", { type: "Date", description: "The renewed period's 満期日." }),
      downloadPath: t.string({
        description:
          "Where the PDF is (same origin, with the session cookie): GET answers it as an attachment.",
        resolve: (c) => `${RENEWAL_CERTIFICATE_PATH}${c.contractId}.pdf`,
      }),
    }),
  });

builder.queryField("renewalCertificates", (t) =>
  t.field({
    authScopes: { customer: true },
    type: [RenewalCertificateRef],
    description: "The customer's renewal certificates that can be downloaded today.",
    resolve: async (_root, _args, ctx) => {
      await requireCustomer(ctx);
      return listRenewalCertificates(await ctx.customerScope());
    },
  }),
);
