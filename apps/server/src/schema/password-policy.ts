import { PASSWORD_MAX_LENGTH } from "@cws/domain";
import { builder } from "../builder.ts";

interface PasswordPolicyView {
  minLength: number;
  maxLength: number;
}

const PasswordPolicyRef = builder.objectRef<PasswordPolicyView>("PasswordPolicy").implement({
  description:
    "The length limits a new password must meet, so the web app's live rule list agrees with the server.",
  fields: (t) => ({
    minLength: t.exposeInt("minLength", {
      description: "The configured minimum (PASSWORD_MIN_LENGTH).",
    }),
    maxLength: t.exposeInt("maxLength", {
      description: "The fixed maximum, which keeps hashing cost bounded.",
    }),
  }),
});

builder.queryField("passwordPolicy", (t) =>
  t.field({
    authScopes: { public: true },
    openDuringMaintenance: true,
    type: PasswordPolicyRef,
    description:
      "The password length limits. Answers during maintenance and to a customer who must change the password first.",
    resolve: (_root, _args, { config }) => ({
      minLength: config.passwords.minLength,
      maxLength: PASSWORD_MAX_LENGTH,
    }),
  }),
);
