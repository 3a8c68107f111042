"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { Skeleton } from "@/components/ui/skeleton";
import { ROLE_LABELS, useOrganization } from "./use-organization";

const TABS = [
  { segment: "members", label: "Members" },
  { segment: "teams", label: "Teams" },
  { segment: "api-keys", label: "API keys" },
  { segment: "settings", label: "Settings" },
  { segment: "audit-log", label: "Audit log", needs: "audit_log.read" },
  // Owners, admins and team managers (managers see their own team's).
  { segment: "stats", label: "Statistics", staff: true },
] as const;

export function OrganizationHeader({ orgId }: { orgId: string }) {
  const pathname = usePathname();
  const { org, me } = useOrganization(orgId);
  if (org.isError) {
    return (
      <Alert className="mb-6">
        {org.error.data?.code === "NOT_FOUND"
          ? "This organization does not exist, or you are not a member of it."
          : `The organization could not be loaded: ${org.error.message}`}{" "}
        <Link href="/organizations" className="underline">
          Back to your organizations
        </Link>
      </Alert>
    );
  }
  return (
    <div className="mb-6">
      <Link href="/organizations" className="text-sm text-muted hover:text-fg">
        Organizations
      </Link>
      <div className="mt-1 flex flex-wrap items-center gap-3">
        {org.data ? (
          <>
            <h1
              className="min-w-0 text-2xl font-semibold tracking-tight break-words"
              data-testid="organization-name"
            >
              {org.data.name}
            </h1>
            <Badge>{ROLE_LABELS[org.data.role]}</Badge>
          </>
        ) : (
          <Skeleton className="h-8 w-56" data-testid="organization-name-loading" />
        )}
      </div>
      {org.data?.description && <p className="mt-1 text-sm text-muted">{org.data.description}</p>}
      {/* Tabs wrap onto a second row on a phone: a scrolling row hid the last tabs. */}
      <nav aria-label="Organization" className="mt-4 flex flex-wrap gap-x-1 border-b border-border">
        {TABS.filter(
          (tab) =>
            (!("needs" in tab) || me.data?.permissions[tab.needs]) &&
            (!("staff" in tab) || (me.data && me.data.role !== "member")),
        ).map((tab) => {
          const href = `/organizations/${orgId}/${tab.segment}`;
          const active = pathname === href;
          return (
            <Link
              key={tab.segment}
              href={href}
              aria-current={active ? "page" : undefined}
              className={cn(
                "-mb-px shrink-0 border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap focus-visible:outline-2 focus-visible:outline-accent",
                active ? "border-accent text-fg" : "border-transparent text-muted hover:text-fg",
              )}
            >
              {tab.label}
            </Link>
          );
        })}
      </nav>
    </div>
  );
}
