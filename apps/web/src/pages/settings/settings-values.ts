import type { UpdateSettingsInput } from "@cws/client/gql";
import type { PasswordContext } from "@cws/domain/rules";
import type { Customer } from "../../session/session-provider.tsx";

/** The form's id prefix: fields are settings-email, settings-newPassword… */
export const settingsForm = "settings";

/** What the customer has typed on 設定情報の入力, kept while they check it. */
export interface SettingsValues {
  email: string;
  mailOptIn: "yes" | "no";
  currentPassword: string;
  newPassword: string;
  newPasswordConfirmation: string;
}

/** The form starts from the current settings; the password fields start empty (blank keeps the password). */
export function initialValues(customer: Customer): SettingsValues {
  return {
    email: customer.email,
    mailOptIn: customer.mailOptIn ? "yes" : "no",
    currentPassword: "",
    newPassword: "",
    newPasswordConfirmation: "",
  };
}

/** Which settings the values change. */
export function changesOf(values: SettingsValues, customer: Customer) {
  return {
    email: values.email.trim() !== customer.email,
    mailOptIn: (values.mailOptIn === "yes") !== customer.mailOptIn,
    // The current password alone changes nothing: it confirms a new password or address.
    password: values.newPassword !== "" || values.newPasswordConfirmation !== "",
  };
}

/** The input for updateSettings: only what changed, so an untouched setting is never rewritten. */
export function settingsInput(values: SettingsValues, customer: Customer): UpdateSettingsInput {
  const changes = changesOf(values, customer);
  return {
    ...(changes.email ? { email: values.email.trim() } : {}),
    ...(changes.mailOptIn ? { mailOptIn: values.mailOptIn === "yes" } : {}),
    ...(changes.password || changes.email ? { currentPassword: values.currentPassword } : {}),
    ...(changes.password ? { newPassword: values.newPassword } : {}),
  };
}

/** What a new password must not equal (the policy's personal-information rule). */
export function passwordContext(customer: Customer): Omit<PasswordContext, "minLength"> {
  return { userId: customer.userId, email: customer.email, birthDate: customer.birthDate };
}

/** The passwords are not needed once saved; nothing should keep them in memory. */
export function withoutPasswords(values: SettingsValues): SettingsValues {
  return { ...values, currentPassword: "", newPassword: "", newPasswordConfirmation: "" };
}
