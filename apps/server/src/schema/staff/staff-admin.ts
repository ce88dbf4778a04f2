import {
  createStaff,
  disableStaff,
  staffMemberById,
  staffMembers,
  type StaffMemberView,
  validationFailure,
} from "@cws/domain";
import { builder } from "../../builder.ts";
import { edgeError } from "../../graphql/edge-error.ts";
import { asProblem, byTypename, ValidationFailedRef } from "../problems.ts";
import {
  AgencyNotFoundRef,
  asStaffProblem,
  RecordNotFoundRef,
  StaffForbiddenRef,
  StaffUserIdTakenRef,
} from "./problems.ts";
import { StaffMemberRef, StaffRoleRef } from "./staff-member.ts";

builder.queryField("staffMembers", (t) =>
  t.field({
    authScopes: { staffAdmin: true },
    type: [StaffMemberRef],
    description: "Every staff account (admin only), enabled ones first.",
    resolve: async (_root, _args, ctx) => {
      const listed = await staffMembers(await ctx.staffScope());
      if (!listed.ok) throw edgeError("FORBIDDEN", { message: listed.message });
      return listed.members;
    },
  }),
);

interface StaffCreatedShape {
  __typename: "StaffCreated";
  staff: StaffMemberView;
  totpSecret: string;
  otpauthUri: string;
}

const StaffCreatedRef = builder.objectRef<StaffCreatedShape>("StaffCreated").implement({
  description:
    "The new account. The TOTP secret and its otpauth URI are shown this once: hand them to " +
    "the staff member to enrol their authenticator app.",
  isTypeOf: (v) => (v as StaffCreatedShape).__typename === "StaffCreated",
  fields: (t) => ({
    staff: t.field({ type: StaffMemberRef, resolve: (s) => s.staff }),
    totpSecret: t.exposeString("totpSecret"),
    otpauthUri: t.exposeString("otpauthUri"),
  }),
});

const CreateStaffResultRef = builder.unionType("CreateStaffResult", {
  types: [
    StaffCreatedRef,
    StaffUserIdTakenRef,
    AgencyNotFoundRef,
    StaffForbiddenRef,
    ValidationFailedRef,
  ],
  resolveType: byTypename,
});

const CreateStaffInputRef = builder.inputType("CreateStaffInput", {
  fields: (t) => ({
    userId: t.string({ required: true }),
    name: t.string({ required: true }),
    role: t.field({ type: StaffRoleRef, required: true }),
    agencyCode: t.string({ required: true, description: 'The agency\'s code, e.g. "SAKURA".' }),
    password: t.string({
      required: true,
      description: "The customer password policy, but at least 12 characters.",
    }),
  }),
});

builder.mutationField("createStaff", (t) =>
  t.field({
    authScopes: { staffAdmin: true },
    type: CreateStaffResultRef,
    description: "An admin creates a staff account of any agency (audited as STAFF_CREATED).",
    args: { input: t.arg({ type: CreateStaffInputRef, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      const scope = await ctx.staffScope();
      const created = await createStaff(scope, input);
      if (!created.ok) {
        if (created.code === "STAFF_INVALID_INPUT")
          return asProblem(validationFailure(created.errors));
        return asStaffProblem(created);
      }
      const staff = await staffMemberById(scope.em, created.staffId);
      if (!staff) throw new Error("a staff account just created is gone");
      return {
        __typename: "StaffCreated" as const,
        staff,
        totpSecret: created.totpSecret,
        otpauthUri: created.otpauthUri,
      };
    },
  }),
);

interface StaffDisabledShape {
  __typename: "StaffDisabled";
  userId: string;
}

const StaffDisabledRef = builder.objectRef<StaffDisabledShape>("StaffDisabled").implement({
  description: "The account can no longer log in; its sessions have ended.",
  isTypeOf: (v) => (v as StaffDisabledShape).__typename === "StaffDisabled",
  fields: (t) => ({ userId: t.exposeString("userId") }),
});

const DisableStaffResultRef = builder.unionType("DisableStaffResult", {
  types: [StaffDisabledRef, RecordNotFoundRef, StaffForbiddenRef],
  resolveType: byTypename,
});

builder.mutationField("disableStaff", (t) =>
  t.field({
    authScopes: { staffAdmin: true },
    type: DisableStaffResultRef,
    description:
      "An admin disables a staff account by its user ID (audited as STAFF_DISABLED). An admin " +
      "cannot disable themselves (StaffForbidden).",
    args: { userId: t.arg.string({ required: true }) },
    resolve: async (_root, { userId }, ctx) => {
      const disabled = await disableStaff(await ctx.staffScope(), { userId });
      if (!disabled.ok) return asStaffProblem(disabled);
      return { __typename: "StaffDisabled" as const, userId: disabled.userId };
    },
  }),
);
