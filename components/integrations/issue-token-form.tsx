"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useState, type FormEvent } from "react";
import { useTRPC } from "@/components/trpc/client";
import { formErrors } from "@/components/trpc/errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { SelectField, TextField } from "@/components/ui/field";

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

export // The reveal dialog (Radix Dialog and its focus handling) is fetched when a token is issued.
const SecretReveal = dynamic(
  () => import("@/components/ui/secret-reveal").then((m) => m.SecretReveal),
  { ssr: false },
);

/** Issues a token for a partner: who uses it, from which origin, for how long, for what. */
export function IssueTokenForm({ tenantId }: { tenantId: string }) {
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
      {revealed && (
        // Never stored, so it cannot be shown again.
        <SecretReveal
          value={revealed}
          title="Your new integration token"
          noun="token"
          warning="Give it to the partner now: it is shown only this once. It expires by itself; revoke it here if it leaks."
          testIdPrefix="integration-token"
          onClose={() => setRevealed(null)}
        />
      )}
    </Card>
  );
}
