"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { KeyRound } from "lucide-react";
import { useOrganization } from "@/components/organizations/use-organization";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { DataList } from "@/components/ui/data-list";
import { EmptyState } from "@/components/ui/empty-state";
import { useFormat } from "@/components/ui/format-provider";
import { SkeletonList } from "@/components/ui/skeleton";
import { toast } from "@/components/ui/toast";
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

const STATE_TONE = { active: "accent", expired: "muted", revoked: "danger" } as const;

export function ApiKeysPanel({ orgId, myUserId }: { orgId: string; myUserId: string }) {
  const trpc = useTRPC();
  const format = useFormat();
  const { me } = useOrganization(orgId);
  const keys = useQuery(trpc.apiKeys.list.queryOptions({ organization_id: orgId, limit: 100 }));
  const members = useQuery(
    trpc.organizations.members.list.queryOptions({ org_id: orgId, limit: 100 }),
  );
  const revoke = useMutation(trpc.apiKeys.revoke.mutationOptions());

  if (keys.isPending || me.isPending)
    return <SkeletonList rows={3} label="Loading API keys" testId="api-keys-loading" />;
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
        <EmptyState icon={KeyRound} title="No API keys yet" testId="api-keys-empty">
          {isAdmin
            ? "Create one to connect another system; you choose what it may do."
            : "Ask an admin if you need one."}
        </EmptyState>
      ) : (
        <DataList
          label="API keys"
          items={items}
          getKey={(k) => k.id}
          testId="api-keys-table"
          rowTestId={(k) => `api-key-${k.name}`}
          minTableWidth={860}
          columns={[
            {
              header: "Key",
              cell: (key) => (
                <div className="min-w-0">
                  <div className="font-medium break-words">{key.name}</div>
                  <code className="font-mono text-xs break-all text-muted">{key.prefix}…</code>
                </div>
              ),
            },
            {
              header: "Scopes",
              cell: (key) => (
                <div className="flex max-w-64 flex-wrap gap-1">
                  {key.permissions.map((p) => (
                    <span key={p} className="rounded bg-surface px-1.5 py-0.5 font-mono text-xs">
                      {p}
                    </span>
                  ))}
                </div>
              ),
            },
            {
              header: "Created by",
              cell: (key) =>
                key.user_id === myUserId ? "You" : (names.get(key.user_id) ?? "A former member"),
            },
            {
              header: "Last used",
              className: "whitespace-nowrap",
              cell: (key) =>
                key.last_used_at ? (
                  <time dateTime={key.last_used_at} title={format.dateTime(key.last_used_at)}>
                    {format.ago(key.last_used_at)}
                  </time>
                ) : (
                  "Never"
                ),
            },
            {
              header: "Expires",
              className: "whitespace-nowrap",
              cell: (key) =>
                key.expires_at ? (
                  <time dateTime={key.expires_at}>{format.date(key.expires_at)}</time>
                ) : (
                  "Never"
                ),
            },
            {
              header: "State",
              cell: (key) => {
                const state = stateOf(key);
                return (
                  <Badge tone={STATE_TONE[state]} className="capitalize" testId="api-key-state">
                    {state}
                  </Badge>
                );
              },
            },
          ]}
          actions={(key) =>
            key.is_active &&
            (isAdmin || key.user_id === myUserId) && (
              <ConfirmButton
                label="Revoke"
                variant="danger-ghost"
                title={`Revoke ${key.name}?`}
                description={`Every system using ${key.prefix}… stops working at once, with its next request. This cannot be undone.`}
                confirmLabel="Revoke key"
                testId={`revoke-${key.name}`}
                onConfirm={async () => {
                  await revoke.mutateAsync({ key_id: key.id });
                  toast.success("Key revoked", `${key.name} no longer works.`);
                  await keys.refetch();
                }}
              />
            )
          }
        />
      )}
    </div>
  );
}
