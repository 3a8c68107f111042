import { authedProcedure, router } from "@/server/trpc/init";
import { createApiKey, grantableScopes, listApiKeys, revokeApiKey } from "./api-keys";
import {
  ApiKeyPage,
  ApiKeyParams,
  ApiKeyResponse,
  CreateApiKeyRequest,
  ListApiKeysQuery,
} from "./schemas";
import { getMyPermissions } from "@/server/organizations/access";
import { OrgIdParams } from "@/server/organizations/schemas";

export const apiKeysRouter = router({
  list: authedProcedure
    .input(ListApiKeysQuery)
    .output(ApiKeyPage)
    .query(({ ctx, input }) => listApiKeys({ ctx, input })),
  create: authedProcedure
    .input(CreateApiKeyRequest)
    .output(ApiKeyResponse)
    .mutation(({ ctx, input }) => createApiKey({ ctx, input })),
  revoke: authedProcedure
    .input(ApiKeyParams)
    .mutation(({ ctx, input }) => revokeApiKey({ ctx, keyId: input.key_id })),
  /** The scopes the caller may put on a key of this organization. */
  grantable: authedProcedure.input(OrgIdParams).query(async ({ ctx, input }) => {
    const { role } = await getMyPermissions({ ctx, orgId: input.org_id });
    return grantableScopes(role);
  }),
});
