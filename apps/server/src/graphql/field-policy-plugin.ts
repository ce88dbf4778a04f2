import SchemaBuilder, {
  BasePlugin,
  type FieldNullability,
  type InputFieldMap,
  type PothosOutputFieldConfig,
  type SchemaTypes,
  type TypeParam,
} from "@pothos/core";
import type { GraphQLFieldResolver } from "graphql";
import type { Context } from "../context.ts";
import type { ThrottledAction } from "../http/throttle.ts";

/** What a field declares about itself, beside who may call it (scope-auth's `authScopes`). */
export interface FieldPolicy {
  /** Answers during the weekly maintenance window (what the maintenance page itself needs). */
  openDuringMaintenance?: boolean;
  /**
   * A sign-in or verification step (it tries a secret or sends mail): at most one per
   * operation, and each call counts against this action's budget per client address.
   */
  throttle?: ThrottledAction;
}

// Pothos plugins add their options by merging into its global namespace, which requires
// the namespace form and the very type parameter names Pothos declares, used or not.
/* eslint-disable @typescript-eslint/no-namespace, @typescript-eslint/no-unused-vars */
declare global {
  export namespace PothosSchemaTypes {
    interface Plugins<Types extends SchemaTypes> {
      fieldPolicy: PothosFieldPolicyPlugin<Types>;
    }
    interface FieldOptions<
      Types extends SchemaTypes = SchemaTypes,
      ParentShape = unknown,
      Type extends TypeParam<Types> = TypeParam<Types>,
      Nullable extends FieldNullability<Type> = FieldNullability<Type>,
      Args extends InputFieldMap = InputFieldMap,
      ResolveShape = unknown,
      ResolveReturnShape = unknown,
    > {
      openDuringMaintenance?: FieldPolicy["openDuringMaintenance"];
      throttle?: FieldPolicy["throttle"];
    }
    interface BuildSchemaOptions<Types extends SchemaTypes> {
      /** The typed answer a throttled field gives once its budget is used up. */
      throttledAnswer?: (retryAfterSeconds: number) => unknown;
    }
  }
}
/* eslint-enable @typescript-eslint/no-namespace, @typescript-eslint/no-unused-vars */

/** The policy a schema field declared, read back from its extensions (for plugins and rules). */
export function fieldPolicyOf(field: {
  extensions?: Readonly<Record<string, unknown>> | null;
}): FieldPolicy {
  return (field.extensions?.fieldPolicy as FieldPolicy | undefined) ?? {};
}

/**
 * Puts each field's declared policy into its GraphQL extensions, where the maintenance
 * plugin and the sensitive-fields rule read it, and throttles the fields that declare
 * `throttle` before their resolver runs (after scope-auth, which is listed first).
 */
export class PothosFieldPolicyPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): PothosOutputFieldConfig<Types> {
    const { openDuringMaintenance, throttle } = fieldConfig.pothosOptions as FieldPolicy;
    if (!openDuringMaintenance && !throttle) return fieldConfig;
    const fieldPolicy: FieldPolicy = { openDuringMaintenance, throttle };
    return { ...fieldConfig, extensions: { ...fieldConfig.extensions, fieldPolicy } };
  }

  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types["Context"], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ) {
    const action = (fieldConfig.pothosOptions as FieldPolicy).throttle;
    const answer = this.options.throttledAnswer;
    if (!action) return resolver;
    if (!answer)
      throw new Error(
        `field ${fieldConfig.name} is throttled, but toSchema got no throttledAnswer`,
      );
    return async (
      parent: unknown,
      args: object,
      context: Types["Context"],
      info: Parameters<typeof resolver>[3],
    ) => {
      const ctx = context as Context;
      const verdict = await ctx.throttle.consume(action, ctx.client.ip);
      if (!verdict.allowed) return answer(verdict.retryAfterSeconds);
      return resolver(parent, args, context, info);
    };
  }
}

SchemaBuilder.registerPlugin("fieldPolicy", PothosFieldPolicyPlugin);
