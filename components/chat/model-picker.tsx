"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc/client";

export type ModelChoice = { provider: string; model: string | null };

const AUTO = "auto::";

/** "Auto" (the operator's first provider) or any model of an available provider. */
export function ModelPicker({
  value,
  onChange,
}: {
  value: ModelChoice;
  onChange: (choice: ModelChoice) => void;
}) {
  const trpc = useTRPC();
  const providers = useQuery(trpc.conversations.providers.queryOptions());
  const list = providers.data?.providers.filter((p) => p.available) ?? [];
  const auto = list.find((p) => p.id === providers.data?.default_provider);
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="sr-only text-muted sm:not-sr-only">Model</span>
      <select
        className="h-8 max-w-32 rounded-md border border-border bg-bg px-2 text-sm focus-visible:outline-2 focus-visible:outline-accent sm:max-w-56"
        value={value.provider === "auto" ? AUTO : `${value.provider}::${value.model ?? ""}`}
        onChange={(e) => {
          const [provider = "auto", model = ""] = e.target.value.split("::");
          onChange({ provider, model: model || null });
        }}
        data-testid="model-picker"
      >
        <option value={AUTO}>Auto{auto ? ` (${auto.name})` : ""}</option>
        {list.map((p) => (
          <optgroup key={p.id} label={p.name}>
            {p.models.map((m) => (
              <option key={m.id} value={`${p.id}::${m.id}`}>
                {m.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}

/** Whether the offline tutor will answer this choice. */
export function useAnswersOffline(choice: ModelChoice): boolean {
  const trpc = useTRPC();
  const providers = useQuery(trpc.conversations.providers.queryOptions());
  if (!providers.data) return false;
  return (
    choice.provider === "offline" ||
    (choice.provider === "auto" && providers.data.default_provider === "offline")
  );
}
