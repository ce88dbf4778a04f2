import base from "@cws/eslint-config";

// Browser globals need no entry: typescript-eslint turns off no-undef for TS files, where
// the compiler (lib "DOM") checks them. React hooks rules would need a new dependency.
export default base;
