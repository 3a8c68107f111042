import { z } from "zod";
import { ROLES } from "@/db/schema";
import { pageOf } from "@/server/platform/pagination";

const Timestamp = z.iso.datetime().meta({ example: "2026-04-16T10:00:03.000Z" });

const Role = z
  .enum(ROLES)
  .meta({ id: "Role", description: "Strongest first: owner, admin, manager, member" });

const Name = z.string().trim().min(1, "Enter a name").max(100, "Use at most 100 characters");

const Slug = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, "Use at least 2 characters")
  .max(48, "Use at most 48 characters")
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Use lowercase letters, digits and single dashes between them")
  .meta({ example: "acme-learning" });

const LiveGrant = z
  .number()
  .int("Use whole seconds")
  .min(0)
  .max(31 * 86_400, "At most a month of seconds")
  .meta({ description: "Live seconds a month each member gets at least; null removes the grant" });

const Description = z.string().trim().max(500, "Use at most 500 characters");

export const OrgIdParams = z.object({ org_id: z.uuid("Not an organization id") });
export const MemberParams = OrgIdParams.extend({ user_id: z.uuid("Not a user id") });
export const TeamParams = OrgIdParams.extend({ team_id: z.uuid("Not a team id") });

export const CreateOrganizationRequest = z
  .object({ name: Name, slug: Slug.optional(), description: Description.optional() })
  .meta({ id: "OrganizationCreateRequest" });
export type CreateOrganizationRequest = z.infer<typeof CreateOrganizationRequest>;

export const UpdateOrganizationRequest = z
  .object({
    name: Name.optional(),
    slug: Slug.optional(),
    description: Description.nullable().optional(),
    live_seconds_per_member: LiveGrant.nullable().optional(),
  })
  .meta({ id: "UpdateOrganizationRequest" });
export type UpdateOrganizationRequest = z.infer<typeof UpdateOrganizationRequest>;

export const OrganizationResponse = z
  .object({
    id: z.uuid(),
    tenant_id: z.uuid(),
    name: z.string(),
    slug: z.string(),
    description: z.string().nullable(),
    owner_id: z.uuid(),
    role: Role.meta({ description: "The caller's role in this organization" }),
    member_count: z.number().int(),
    live_seconds_per_member: z.number().int().nullable().meta({
      description: "Live seconds a month each member gets at least (null: their plan's)",
    }),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .meta({ id: "OrganizationResponse" });
export type OrganizationResponse = z.infer<typeof OrganizationResponse>;
export const OrganizationPage = pageOf(OrganizationResponse, "OrganizationPage");

export const AddMemberRequest = z
  .object({
    email: z.email("Enter a valid email address").transform((e) => e.toLowerCase()),
    role: Role.default("member"),
    team_id: z.uuid().nullable().optional(),
  })
  .meta({ id: "AddMemberRequest" });
export type AddMemberRequest = z.infer<typeof AddMemberRequest>;

export const UpdateMemberRoleRequest = z
  .object({ role: Role })
  .meta({ id: "UpdateMemberRoleRequest" });
export type UpdateMemberRoleRequest = z.infer<typeof UpdateMemberRoleRequest>;

export const ReplaceMemberRequest = z
  .object({
    role: Role,
    team_id: z.uuid().nullable(),
    organization_id: z.uuid().optional().meta({
      description: "Move the member to this organization (the caller must administer both)",
    }),
  })
  .meta({ id: "ReplaceMemberRequest" });
export type ReplaceMemberRequest = z.infer<typeof ReplaceMemberRequest>;

export const MemberResponse = z
  .object({
    user_id: z.uuid(),
    organization_id: z.uuid(),
    email: z.string(),
    username: z.string(),
    full_name: z.string().nullable(),
    role: Role,
    team_id: z.uuid().nullable(),
    team_name: z.string().nullable(),
    joined_at: Timestamp,
  })
  .meta({ id: "MemberResponse" });
export type MemberResponse = z.infer<typeof MemberResponse>;
export const MemberPage = pageOf(MemberResponse, "MemberPage");

export const TeamRequest = z.object({ name: Name }).meta({ id: "TeamRequest" });
export type TeamRequest = z.infer<typeof TeamRequest>;

export const TeamResponse = z
  .object({
    id: z.uuid(),
    organization_id: z.uuid(),
    name: z.string(),
    member_count: z.number().int(),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .meta({ id: "TeamResponse" });
export type TeamResponse = z.infer<typeof TeamResponse>;
export const TeamPage = pageOf(TeamResponse, "TeamPage");
