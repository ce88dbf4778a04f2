import base from "@cws/eslint-config";

export default base;
