"use client";

import { useQuery } from "@tanstack/react-query";
import { KeySquare } from "lucide-react";
import dynamic from "next/dynamic";
import { useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataList } from "@/components/ui/data-list";
import { EmptyState } from "@/components/ui/empty-state";
import { Time } from "@/components/ui/format-provider";
import { SkeletonList } from "@/components/ui/skeleton";

export type Issued = {
  jti: string;
  mode: "embed" | "server";
  origin: string | null;
  scopes: string[];
  expiresAt: string;
  revokedAt: string | null;
  revokeReason: string | null;
};

function stateOf(t: Issued): "active" | "expired" | "revoked" {
  if (t.revokedAt) return "revoked";
  return Date.parse(t.expiresAt) <= Date.now() ? "expired" : "active";
}
const TONE = { active: "accent", expired: "muted", revoked: "danger" } as const;

// The revoke dialog (Radix Dialog and its focus handling) is fetched on the first Revoke.
const RevokeDialog = dynamic(() => import("./revoke-token-dialog").then((m) => m.RevokeDialog), {
  ssr: false,
});

/** The organization's issued tokens with their state; active ones can be revoked. */
export function IssuedTokens({ tenantId }: { tenantId: string }) {
  const trpc = useTRPC();
  const tokens = useQuery(trpc.integrations.tokens.list.queryOptions({ tenantId, limit: 50 }));
  const [revoking, setRevoking] = useState<Issued | null>(null);
  if (tokens.isPending) return <SkeletonList rows={2} label="Loading integration tokens" />;
  if (tokens.isError) return <Alert>Tokens could not be loaded: {tokens.error.message}</Alert>;
  const items = tokens.data.items as Issued[];
  if (items.length === 0) {
    return (
      <EmptyState
        icon={KeySquare}
        title="No integration tokens yet"
        testId="integration-tokens-empty"
      >
        Issue one above for a partner; it is shown once and expires by itself.
      </EmptyState>
    );
  }
  return (
    <>
      <DataList
        label="Integration tokens"
        testId="integration-tokens"
        rowTestId={(t) => `integration-token-${t.jti}`}
        items={items}
        getKey={(t) => t.jti}
        columns={[
          {
            header: "Token",
            cell: (t) => <span className="font-mono text-xs">{t.jti.slice(0, 8)}…</span>,
          },
          {
            header: "Used by",
            cell: (t) => (t.mode === "embed" ? (t.origin ?? "A web page") : "A server"),
          },
          { header: "Scopes", cell: (t) => <span className="text-xs">{t.scopes.join(", ")}</span> },
          { header: "Expires", cell: (t) => <Time iso={t.expiresAt} style="ago" /> },
          {
            header: "State",
            cell: (t) => (
              <Badge tone={TONE[stateOf(t)]}>
                {stateOf(t) === "revoked" ? `Revoked: ${t.revokeReason ?? ""}` : stateOf(t)}
              </Badge>
            ),
          },
        ]}
        actions={(t) =>
          stateOf(t) === "active" ? (
            <Button
              size="sm"
              variant="danger-ghost"
              onClick={() => setRevoking(t)}
              data-testid="integration-token-revoke"
            >
              Revoke
            </Button>
          ) : null
        }
      />
      {revoking && (
        <RevokeDialog tenantId={tenantId} token={revoking} onClose={() => setRevoking(null)} />
      )}
    </>
  );
}
