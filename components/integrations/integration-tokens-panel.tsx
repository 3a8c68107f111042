"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/trpc/client";
import { SelectField } from "@/components/ui/field";
import { IssueTokenForm } from "./issue-token-form";
import { IssuedTokens } from "./issued-tokens";

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
