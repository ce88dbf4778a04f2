import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type GraphQLObjectType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { fieldPolicyOf } from "./field-policy-plugin.ts";

/**
 * At most one sensitive field per operation — a field that declares `throttle` (it tries a
 * password, keyword or token, or sends mail): a request carrying fifty aliased `login`
 * fields would otherwise try fifty passwords under one request. (Each field that does run
 * is throttled on its own as well.)
 */
export function sensitiveFieldsRule(max = 1): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const count = (root: GraphQLObjectType, set: SelectionSetNode): number =>
      set.selections.reduce((sum, selection) => {
        if (selection.kind === Kind.FIELD) {
          const field = root.getFields()[selection.name.value];
          return sum + (field && fieldPolicyOf(field).throttle ? 1 : 0);
        }
        if (selection.kind === Kind.INLINE_FRAGMENT)
          return sum + count(root, selection.selectionSet);
        const fragment = context.getFragment(selection.name.value);
        return sum + (fragment ? count(root, fragment.selectionSet) : 0);
      }, 0);
    return {
      OperationDefinition(node) {
        const root = context.getSchema().getRootType(node.operation);
        const found = root ? count(root, node.selectionSet) : 0;
        if (found > max) {
          context.reportError(
            new GraphQLError(
              `An operation may contain at most ${max} sign-in or verification field; found ${found}.`,
              {
                nodes: [node],
                extensions: { code: "TOO_MANY_SENSITIVE_FIELDS" },
              },
            ),
          );
        }
      },
    };
  };
}
