"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { KeyRound } from "lucide-react";
import { useOrganization } from "@/components/organizations/use-organization";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { cn } from "@/components/ui/cn";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { shortDate, timeAgo } from "@/components/ui/format";
import { CreateApiKeyButton } from "./create-api-key";

type Key = {
  id: string;
  name: string;
  prefix: string;
  user_id: string;
  permissions: string[];
  expires_at: string | null;
  is_active: boolean;
  last_used_at: string | null;
};

function stateOf(key: Key): "active" | "expired" | "revoked" {
  if (!key.is_active) return "revoked";
  if (key.expires_at && Date.parse(key.expires_at) <= Date.now()) return "expired";
  return "active";
}

const STATE_STYLE = {
  active: "bg-accent-soft text-fg",
  expired: "bg-surface text-muted",
  revoked: "bg-danger-soft text-danger",
};

export function ApiKeysPanel({ orgId, myUserId }: { orgId: string; myUserId: string }) {
  const trpc = useTRPC();
  const { me } = useOrganization(orgId);
  const keys = useQuery(trpc.apiKeys.list.queryOptions({ organization_id: orgId, limit: 100 }));
  const members = useQuery(
    trpc.organizations.members.list.queryOptions({ org_id: orgId, limit: 100 }),
  );
  const revoke = useMutation(trpc.apiKeys.revoke.mutationOptions());

  if (keys.isPending || me.isPending)
    return <Card aria-busy="true" className="h-40 animate-pulse" />;
  if (keys.isError) return <Alert>API keys could not be loaded: {keys.error.message}</Alert>;
  const isAdmin = me.data?.permissions["api_keys.manage"] ?? false;
  const names = new Map(
    (members.data?.items ?? []).map((m) => [m.user_id, m.full_name || m.username]),
  );
  const items = keys.data.items as Key[];

  return (
    <div className="flex min-w-0 flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="max-w-xl text-sm text-muted">
          {isAdmin
            ? "Keys let your servers call the Xentree API for this organization. Each acts for the person who created it."
            : "The keys you created for this organization. Only admins and owners create new keys."}
        </p>
        {isAdmin && <CreateApiKeyButton orgId={orgId} onCreated={() => keys.refetch()} />}
      </div>
      {items.length === 0 ? (
        <Card
          className="flex flex-col items-center gap-2 py-10 text-center"
          data-testid="api-keys-empty"
        >
          <KeyRound className="size-8 text-muted" aria-hidden />
          <h2 className="font-semibold">No API keys yet</h2>
          <p className="max-w-sm text-sm text-muted">
            {isAdmin
              ? "Create one to connect another system; you choose what it may do."
              : "Ask an admin if you need one."}
          </p>
        </Card>
      ) : (
        <DataTable
          columns={["Key", "Scopes", "Created by", "Last used", "Expires", "State", ""]}
          testId="api-keys-table"
        >
          {items.map((key) => {
            const state = stateOf(key);
            return (
              <tr key={key.id} data-testid={`api-key-${key.name}`}>
                <td className="px-4 py-3">
                  <div className="font-medium">{key.name}</div>
                  <code className="font-mono text-xs whitespace-nowrap text-muted">
                    {key.prefix}…
                  </code>
                </td>
                <td className="px-4 py-3">
                  <div className="flex max-w-64 flex-wrap gap-1">
                    {key.permissions.map((p) => (
                      <span key={p} className="rounded bg-surface px-1.5 py-0.5 font-mono text-xs">
                        {p}
                      </span>
                    ))}
                  </div>
                </td>
                <td className="px-4 py-3">
                  {key.user_id === myUserId ? "You" : (names.get(key.user_id) ?? "A former member")}
                </td>
                <td className="px-4 py-3 whitespace-nowrap">
                  {key.last_used_at ? timeAgo(key.last_used_at) : "Never"}
                </td>
                <td className="px-4 py-3 whitespace-nowrap">
                  {key.expires_at ? shortDate(key.expires_at) : "Never"}
                </td>
                <td className="px-4 py-3">
                  <span
                    className={cn(
                      "rounded-full px-2 py-0.5 text-xs capitalize",
                      STATE_STYLE[state],
                    )}
                    data-testid="api-key-state"
                  >
                    {state}
                  </span>
                </td>
                <td className="px-4 py-3 text-right">
                  {key.is_active && (isAdmin || key.user_id === myUserId) && (
                    <ConfirmButton
                      label="Revoke"
                      variant="ghost"
                      title={`Revoke ${key.name}?`}
                      description={`Every system using ${key.prefix}… stops working at once, with its next request. This cannot be undone.`}
                      confirmLabel="Revoke key"
                      testId={`revoke-${key.name}`}
                      onConfirm={async () => {
                        await revoke.mutateAsync({ key_id: key.id });
                        await keys.refetch();
                      }}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </div>
  );
}
