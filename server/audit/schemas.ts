import { z } from "zod";
import { AUDIT_RESULTS } from "@/db/schema";
import { PageQuery, pageOf } from "@/server/platform/pagination";
import { AUDIT_ACTIONS } from "./record";

const Timestamp = z.iso.datetime({ offset: true }).meta({ example: "2026-04-16T10:00:03.000Z" });

export const AuditLogQuery = PageQuery.extend({
  action: z.enum(AUDIT_ACTIONS).optional().meta({ description: "Only events of this action" }),
  actor_id: z.uuid("Not a user id").optional().meta({ description: "Only events by this user" }),
  result: z.enum(AUDIT_RESULTS).optional(),
  since: Timestamp.optional().meta({ description: "Events at or after this time" }),
  until: Timestamp.optional().meta({ description: "Events before this time" }),
});
export type AuditLogQuery = z.infer<typeof AuditLogQuery>;

export const AuditEventResponse = z
  .object({
    id: z.uuid(),
    action: z.enum(AUDIT_ACTIONS),
    result: z.enum(AUDIT_RESULTS),
    created_at: z.iso.datetime(),
    actor_id: z.uuid().nullable().meta({ description: "The user who acted" }),
    actor_username: z.string().nullable(),
    api_key_id: z
      .uuid()
      .nullable()
      .meta({ description: "Set when the user acted through an API key" }),
    target_type: z.string().nullable().meta({ example: "user" }),
    target_id: z.string().nullable(),
    target_username: z
      .string()
      .nullable()
      .meta({ description: "The target's username when the target is a user" }),
    ip_address: z.string().nullable(),
    user_agent: z.string().nullable(),
    details: z
      .record(z.string(), z.unknown())
      .meta({ description: "What changed: roles, key names and prefixes; never a secret" }),
  })
  .meta({ id: "AuditEventResponse" });
export type AuditEventResponse = z.infer<typeof AuditEventResponse>;

export const AuditEventPage = pageOf(AuditEventResponse, "AuditEventPage");

/** One of the caller's own sign-ins (or failed attempts), for the profile page. */
export const SignInEvent = z.object({
  id: z.uuid(),
  result: z.enum(AUDIT_RESULTS),
  created_at: z.iso.datetime(),
  ip_address: z.string().nullable(),
  user_agent: z.string().nullable(),
  reason: z.string().nullable(),
});
export type SignInEvent = z.infer<typeof SignInEvent>;
