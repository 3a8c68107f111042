"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc/client";

export const ROLE_LABELS = {
  owner: "Owner",
  admin: "Admin",
  manager: "Manager",
  member: "Member",
} as const;

/** What each role may do, in the words the UI shows beside the role picker. */
export const ROLE_DESCRIPTIONS = {
  owner: "Everything, including deleting the organization and making other owners.",
  admin: "Adds and removes members, runs teams, settings and API keys.",
  manager: "Changes and removes the members of their own team.",
  member: "Uses what the organization shares; sees its members and teams.",
} as const;

/** The organization and what the caller may do in it (the server checks again on every call). */
export function useOrganization(orgId: string) {
  const trpc = useTRPC();
  const org = useQuery(trpc.organizations.get.queryOptions({ org_id: orgId }));
  const me = useQuery(trpc.organizations.myPermissions.queryOptions({ org_id: orgId }));
  return { org, me };
}

/** Refetches everything about organizations after a change. */
export function useRefreshOrganizations() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries(trpc.organizations.pathFilter());
}
