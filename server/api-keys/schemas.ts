import { z } from "zod";
import { isIpOrCidr } from "@/server/platform/client-address";
import { pageOf, PageQuery } from "@/server/platform/pagination";
import { SCOPES } from "@/server/platform/scopes";

const Timestamp = z.iso.datetime().meta({ example: "2026-04-16T10:00:03.000Z" });

const ScopeSchema = z.enum(SCOPES).meta({ id: "Scope" });

export const CreateApiKeyRequest = z
  .object({
    name: z.string().trim().min(1, "Enter a name").max(100, "Use at most 100 characters"),
    organization_id: z.uuid("Choose an organization"),
    permissions: z
      .array(ScopeSchema)
      .min(1, "Choose at least one scope")
      .transform((scopes) => [...new Set(scopes)]),
    rate_limit_per_minute: z.coerce
      .number()
      .int()
      .min(1, "At least 1")
      .max(6000, "At most 6000")
      .default(60),
    expires_at: z.iso
      .datetime({ offset: true, error: "Use an ISO-8601 date and time" })
      .refine((v) => Date.parse(v) > Date.now(), "Choose a time in the future")
      .nullable()
      .optional(),
    allowed_ips: z
      .array(z.string().trim().refine(isIpOrCidr, "Not an IP address or CIDR range"))
      .max(100, "At most 100 entries")
      .default([]),
  })
  .meta({ id: "APIKeyCreateRequest" });
export type CreateApiKeyRequest = z.infer<typeof CreateApiKeyRequest>;

export const ApiKeyResponse = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string().meta({ description: "The first 16 characters of the key" }),
    tenant_id: z.uuid(),
    user_id: z.uuid().meta({ description: "Who created the key; it acts for them" }),
    organization_id: z.uuid(),
    organization_name: z.string(),
    permissions: z.array(ScopeSchema),
    rate_limit_per_minute: z.number().int(),
    expires_at: Timestamp.nullable(),
    is_active: z.boolean().meta({ description: "False once revoked" }),
    last_used_at: Timestamp.nullable().meta({ description: "Updated at most about once a minute" }),
    created_at: Timestamp,
    allowed_ips: z.array(z.string()),
    key_value: z
      .string()
      .optional()
      .meta({ description: "The full key: only in the answer to its creation" }),
  })
  .meta({ id: "APIKeyResponse" });
export type ApiKeyResponse = z.infer<typeof ApiKeyResponse>;
export const ApiKeyPage = pageOf(ApiKeyResponse, "APIKeyPage");

export const ListApiKeysQuery = PageQuery.extend({
  organization_id: z.uuid().optional().meta({ description: "Only this organization's keys" }),
});
export type ListApiKeysQuery = z.infer<typeof ListApiKeysQuery>;

export const ApiKeyParams = z.object({ key_id: z.uuid("Not an API key id") });
