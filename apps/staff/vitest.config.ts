import { nodeTestConfig } from "@cws/vitest-config";

export default nodeTestConfig();
