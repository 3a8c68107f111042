"use client";

import { useQuery } from "@tanstack/react-query";
import { Building2, ChevronRight } from "lucide-react";
import Link from "next/link";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { SkeletonList } from "@/components/ui/skeleton";
import { ROLE_LABELS } from "./use-organization";

export function OrganizationList() {
  const trpc = useTRPC();
  const list = useQuery(trpc.organizations.list.queryOptions({ limit: 100 }));

  return (
    <div className="flex flex-col gap-4">
      {list.isPending && <SkeletonList rows={2} label="Loading your organizations" />}
      {list.isError && <Alert>Your organizations could not be loaded: {list.error.message}</Alert>}
      {list.data && list.data.items.length === 0 && (
        <EmptyState icon={Building2} title="No organizations yet" testId="organizations-empty">
          Create one with &ldquo;New organization&rdquo; to bring your people together: add members
          by email, set their roles and group them into teams.
        </EmptyState>
      )}
      {list.data && list.data.items.length > 0 && (
        <ul
          className="divide-y divide-border rounded-lg border border-border"
          data-testid="organization-list"
        >
          {list.data.items.map((org) => (
            <li key={org.id}>
              <Link
                href={`/organizations/${org.id}/members`}
                className="flex items-center gap-4 px-4 py-3 hover:bg-surface focus-visible:outline-2 focus-visible:outline-accent"
              >
                <div className="min-w-0 flex-1">
                  <div className="truncate font-medium">{org.name}</div>
                  <div className="truncate text-sm text-muted">
                    {org.slug} · {org.member_count} {org.member_count === 1 ? "member" : "members"}
                  </div>
                </div>
                <Badge>{ROLE_LABELS[org.role]}</Badge>
                <ChevronRight className="size-4 text-muted" aria-hidden />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
