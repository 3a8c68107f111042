import { defineOperation } from "@/server/http/operation";
import { createApiKey, listApiKeys, revokeApiKey } from "./api-keys";
import {
  ApiKeyPage,
  ApiKeyParams,
  ApiKeyResponse,
  CreateApiKeyRequest,
  ListApiKeysQuery,
} from "./schemas";

const tag = "API Keys";

export const apiKeyOperations = [
  defineOperation({
    operationId: "listApiKeys",
    method: "GET",
    path: "/api/api-keys",
    tag,
    summary: "List API keys",
    description: "Your own keys, and every key of the organizations you administer; newest first.",
    auth: "bearer",
    query: ListApiKeysQuery,
    response: { status: 200, description: "Keys, without their values", schema: ApiKeyPage },
    errors: [],
    handler: ({ ctx, query }) => listApiKeys({ ctx, input: query }),
  }),
  defineOperation({
    operationId: "createApiKey",
    method: "POST",
    path: "/api/api-keys",
    tag,
    summary: "Create an API key (organization admin or owner)",
    description:
      "The answer carries `key_value`, the only time the key is ever shown: it is not stored. " +
      "The key acts for you inside the organization, within its scopes; `api:admin` is for owners. " +
      "This endpoint does not replay `Idempotency-Key` retries, since that would mean keeping the key.",
    auth: "bearer",
    body: CreateApiKeyRequest,
    response: { status: 201, description: "The new key, with its value", schema: ApiKeyResponse },
    errors: ["forbidden", "not_found"],
    handler: ({ ctx, body }) => createApiKey({ ctx, input: body }),
  }),
  defineOperation({
    operationId: "revokeApiKey",
    method: "DELETE",
    path: "/api/api-keys/{key_id}",
    tag,
    summary: "Revoke an API key",
    description:
      "The key stops working at once. Its creator, or an admin or owner of its organization, may revoke it.",
    auth: "bearer",
    params: ApiKeyParams,
    response: { status: 204, description: "Revoked" },
    errors: ["not_found"],
    handler: ({ ctx, params }) => revokeApiKey({ ctx, keyId: params.key_id }),
  }),
];
