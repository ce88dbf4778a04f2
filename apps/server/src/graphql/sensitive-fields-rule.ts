import { GraphQLError, Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext, type ValidationRule } from "graphql";

/** Mutations that try a secret (password, keyword, token) or send mail. */
export const SENSITIVE_FIELDS = new Set([
  "login",
  "verifyKeyword",
  "startRegistration",
  "completeRegistration",
  "requestCredentialReset",
  "completeCredentialReset",
  "changePassword",
  "updateSettings",
  "staffLogin",
]);

/**
 * At most one sensitive field per operation: a request carrying fifty aliased `login`
 * fields would otherwise try fifty passwords under one request. (Each field that does
 * run is throttled on its own as well.)
 */
export function sensitiveFieldsRule(max = 1): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const count = (set: SelectionSetNode): number =>
      set.selections.reduce((sum, selection) => {
        if (selection.kind === Kind.FIELD) return sum + (SENSITIVE_FIELDS.has(selection.name.value) ? 1 : 0);
        if (selection.kind === Kind.INLINE_FRAGMENT) return sum + count(selection.selectionSet);
        const fragment = context.getFragment(selection.name.value);
        return sum + (fragment ? count(fragment.selectionSet) : 0);
      }, 0);
    return {
      OperationDefinition(node) {
        const found = count(node.selectionSet);
        if (found > max) {
          context.reportError(
            new GraphQLError(`An operation may contain at most ${max} sign-in or verification field; found ${found}.`, {
              nodes: [node],
              extensions: { code: "TOO_MANY_SENSITIVE_FIELDS" },
            }),
          );
        }
      },
    };
  };
}
