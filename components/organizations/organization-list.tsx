"use client";

import { useQuery } from "@tanstack/react-query";
import { Building2, ChevronRight } from "lucide-react";
import Link from "next/link";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { CreateOrganizationButton } from "./create-organization";
import { ROLE_LABELS } from "./use-organization";

export function OrganizationList() {
  const trpc = useTRPC();
  const list = useQuery(trpc.organizations.list.queryOptions({ limit: 100 }));

  return (
    <div className="flex flex-col gap-4">
      <div className="flex justify-end">
        <CreateOrganizationButton />
      </div>
      {list.isPending && <Card aria-busy="true" className="h-32 animate-pulse" />}
      {list.isError && <Alert>Your organizations could not be loaded: {list.error.message}</Alert>}
      {list.data && list.data.items.length === 0 && (
        <Card
          className="flex flex-col items-center gap-2 py-12 text-center"
          data-testid="organizations-empty"
        >
          <Building2 className="size-8 text-muted" aria-hidden />
          <h2 className="font-semibold">No organizations yet</h2>
          <p className="max-w-sm text-sm text-muted">
            Create one to bring your people together: add members by email, set their roles and
            group them into teams.
          </p>
        </Card>
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
                <span className="rounded-full bg-surface px-2 py-0.5 text-xs">
                  {ROLE_LABELS[org.role]}
                </span>
                <ChevronRight className="size-4 text-muted" aria-hidden />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
