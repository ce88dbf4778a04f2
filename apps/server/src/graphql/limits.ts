import { costLimitRule } from "@escape.tech/graphql-armor-cost-limit";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import type { GraphQLError, ValidationContext, ValidationRule } from "graphql";
import { sensitiveFieldsRule } from "./sensitive-fields-rule.ts";

/** Limits on what one request may ask for; graphql-armor's rules, reported as 400 validation errors. */
export const LIMITS = { maxDepth: 8, maxAliases: 15, maxCost: 3000, maxTokens: 2000 } as const;

// graphql-armor throws by default, which Apollo answers with a 500; report instead, so the client gets a 400.
const report = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) => context?.reportError(error),
  ],
};

export function limitRules(): ValidationRule[] {
  return [
    maxDepthRule({
      n: LIMITS.maxDepth,
      ignoreIntrospection: true,
      flattenFragments: true,
      exposeLimits: true,
      ...report,
    }),
    maxAliasesRule({ n: LIMITS.maxAliases, exposeLimits: true, ...report }),
    costLimitRule({
      maxCost: LIMITS.maxCost,
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1.5,
      ignoreIntrospection: true,
      exposeLimits: true,
      ...report,
    }),
    sensitiveFieldsRule(),
  ];
}
