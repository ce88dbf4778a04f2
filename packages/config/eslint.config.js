import base from "@cws/eslint-config";

export default [
  ...base,
  // This module is the one place that reads the environment.
  { files: ["src/config.ts"], rules: { "no-restricted-properties": "off" } },
];
