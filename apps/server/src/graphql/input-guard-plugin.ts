import SchemaBuilder, {
  BasePlugin,
  type PothosOutputFieldConfig,
  type SchemaTypes,
} from "@pothos/core";
import { nonTextFieldError, validationFailure } from "@cws/domain";
import {
  getNamedType,
  isUnionType,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
} from "graphql";
import { edgeError } from "./edge-error.ts";

// Pothos plugins register their name by merging into its global namespace.
/* eslint-disable @typescript-eslint/no-namespace */
declare global {
  export namespace PothosSchemaTypes {
    interface Plugins<Types extends SchemaTypes> {
      inputGuard: PothosInputGuardPlugin<Types>;
    }
  }
}
/* eslint-enable @typescript-eslint/no-namespace */

/** Whether the field can answer with the typed ValidationFailed result. */
function answersValidationFailed(info: GraphQLResolveInfo): boolean {
  const type = getNamedType(info.returnType);
  return isUnionType(type) && type.getTypes().some((member) => member.name === "ValidationFailed");
}

/**
 * Every string argument of every field, nested inputs included, is checked in this one
 * place before the resolver runs: a control character (NUL reached PostgreSQL and failed
 * the request with a driver error) or a lone surrogate is refused with ValidationFailed
 * where the field has that result, else BAD_USER_INPUT.
 */
export class PothosInputGuardPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types["Context"], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ) {
    if (Object.keys(fieldConfig.args).length === 0) return resolver;
    return (parent: unknown, args: object, context: Types["Context"], info: GraphQLResolveInfo) => {
      const problem = nonTextFieldError(args);
      if (!problem) return resolver(parent, args, context, info);
      // The ValidationFailed member, as asProblem (schema/problems.ts) tags it; importing that
      // module here would import the builder that registers this plugin.
      if (answersValidationFailed(info))
        return { ...validationFailure([problem]), __typename: "ValidationFailed" };
      throw edgeError("BAD_USER_INPUT");
    };
  }
}

SchemaBuilder.registerPlugin("inputGuard", PothosInputGuardPlugin);
