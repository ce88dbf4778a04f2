// The browser-safe part of the domain: validation, the password policy, name normalisation,
// localized texts and calendar dates in the service time zone. Nothing here touches the
// database or Node-only modules, so the web app runs the same rules the server does.
export * from "./errors/localized-text.ts";
export * from "./errors/field-error.ts";
export * from "./validation/messages.ts";
export * from "./validation/common-fields.ts";
export * from "./validation/control-characters.ts";
export * from "./validation/registration-input.ts";
export * from "./validation/input-bounds.ts";
export * from "./passwords/password-policy.ts";
export * from "./identity/name-normalizer.ts";
export * from "./time/calendar-date.ts";
export * from "./time/japan-time.ts";
