"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { KeySquare } from "lucide-react";
import dynamic from "next/dynamic";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/trpc/client";
import { formErrors } from "@/components/trpc/errors";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DataList } from "@/components/ui/data-list";
import { EmptyState } from "@/components/ui/empty-state";
import { SelectField, TextField } from "@/components/ui/field";
import { Time } from "@/components/ui/format-provider";
import { SkeletonList } from "@/components/ui/skeleton";

/** Scopes an integration token may carry, the ones a partner embed usually needs first. */
const TOKEN_SCOPES = [
  "xel:read",
  "xel:write",
  "quiz:read",
  "quiz:write",
  "live:read",
  "conversations:read",
  "rag:read",
  "integrations:read",
] as const;

const TTL_OPTIONS = [
  { value: "300", label: "5 minutes" },
  { value: "900", label: "15 minutes" },
  { value: "1800", label: "30 minutes" },
  { value: "3600", label: "1 hour (the longest)" },
];

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

// The dialogs (Radix Dialog and its focus handling) are fetched when first shown, not with the page.
const TokenReveal = dynamic(() => import("./token-reveal").then((m) => m.TokenReveal), {
  ssr: false,
});
const RevokeDialog = dynamic(() => import("./revoke-token-dialog").then((m) => m.RevokeDialog), {
  ssr: false,
});

/** For organization admins: issue short-lived integration tokens and revoke them. */
export function IntegrationTokensPanel() {
  const trpc = useTRPC();
  const orgs = useQuery(trpc.organizations.list.queryOptions({ limit: 100 }));
  const [chosen, setChosen] = useState<string | null>(null);
  if (orgs.isPending) return null;
  const administered = (orgs.data?.items ?? []).filter(
    (o) => o.role === "owner" || o.role === "admin",
  );
  if (administered.length === 0) return null;
  const org = administered.find((o) => o.tenant_id === chosen) ?? administered[0]!;
  return (
    <section aria-labelledby="integration-tokens-title" className="flex flex-col gap-4">
      <div>
        <h2 id="integration-tokens-title" className="text-lg font-semibold">
          Integration tokens
        </h2>
        <p className="mt-1 max-w-2xl text-sm text-muted">
          Short-lived signed tokens (at most an hour) that let a partner site embed Xentree for your
          organization. Partners verify them with the public key set at
          <code className="mx-1 font-mono text-xs break-all">
            /api/integration/jwks?tenantId={org.tenant_id}
          </code>
        </p>
      </div>
      {administered.length > 1 && (
        <div className="max-w-sm">
          <SelectField
            label="Organization"
            value={org.tenant_id}
            onChange={(e) => setChosen(e.target.value)}
            options={administered.map((o) => ({ value: o.tenant_id, label: o.name }))}
            data-testid="integration-tokens-org"
          />
        </div>
      )}
      <IssueTokenForm tenantId={org.tenant_id} />
      <IssuedTokens tenantId={org.tenant_id} />
    </section>
  );
}

function IssueTokenForm({ tenantId }: { tenantId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const grant = useMutation(trpc.integrations.tokens.grant.mutationOptions());
  const [mode, setMode] = useState<"embed" | "server">("embed");
  const [scopes, setScopes] = useState<string[]>(["xel:read"]);
  const [revealed, setRevealed] = useState<string | null>(null);
  const errors = formErrors(grant.error);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const origin = String(data.get("origin") ?? "").trim();
    try {
      const result = await grant.mutateAsync({
        tenantId,
        mode,
        ...(mode === "embed" || origin ? { origin } : {}),
        scopes,
        ttlSeconds: Number(data.get("ttl")),
      });
      setRevealed(result.token);
      await queryClient.invalidateQueries({ queryKey: trpc.integrations.tokens.pathKey() });
    } catch {
      // Shown beside the fields.
    }
  }

  return (
    <Card>
      <form onSubmit={submit} className="flex flex-col gap-4" data-testid="integration-token-form">
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label="Used by"
            name="mode"
            value={mode}
            onChange={(e) => setMode(e.target.value as "embed" | "server")}
            options={[
              { value: "embed", label: "A partner web page (embed)" },
              { value: "server", label: "A partner server" },
            ]}
          />
          <TextField
            label={mode === "embed" ? "Partner origin" : "Partner origin (optional)"}
            name="origin"
            placeholder="https://partner.example"
            hint="Scheme and host only, as the browser sends it"
            error={errors.fields.origin}
            data-testid="integration-token-origin"
          />
          <SelectField label="Valid for" name="ttl" defaultValue="900" options={TTL_OPTIONS} />
        </div>
        <fieldset>
          <legend className="text-sm font-medium">What the token may do</legend>
          <div className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
            {TOKEN_SCOPES.map((scope) => (
              <label key={scope} className="inline-flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="size-4 accent-[var(--color-accent)]"
                  checked={scopes.includes(scope)}
                  onChange={(e) =>
                    setScopes((s) =>
                      e.target.checked ? [...s, scope] : s.filter((x) => x !== scope),
                    )
                  }
                />
                <span className="font-mono text-xs">{scope}</span>
              </label>
            ))}
          </div>
          {errors.fields.scopes && (
            <p className="mt-1 text-xs text-danger" role="alert">
              {errors.fields.scopes}
            </p>
          )}
        </fieldset>
        {errors.message && <Alert>{errors.message}</Alert>}
        <div>
          <Button type="submit" pending={grant.isPending} data-testid="integration-token-issue">
            Issue token
          </Button>
        </div>
      </form>
      {revealed && <TokenReveal value={revealed} onClose={() => setRevealed(null)} />}
    </Card>
  );
}

function IssuedTokens({ tenantId }: { tenantId: string }) {
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
