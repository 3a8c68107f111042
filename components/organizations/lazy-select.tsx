"use client";

import { ChevronDown } from "lucide-react";
import { lazy, Suspense, useState, type ComponentProps } from "react";
import { cn } from "@/components/ui/cn";
import type { Select as SelectType } from "@/components/ui/select";

type Props = ComponentProps<typeof SelectType>;

/** What the select looks like closed, without Radix: shown until it is first used. */
function StandIn({ props, onUse }: { props: Props; onUse?: () => void }) {
  const shown = props.options.find((o) => o.value === props.value)?.label ?? "";
  return (
    <button
      type="button"
      role="combobox"
      aria-expanded={false}
      // Nothing is controlled until the real select loads (Radix's closed trigger, likewise,
      // points at content that is not in the page).
      aria-controls={undefined}
      aria-label={props.label}
      data-testid={props.testId}
      disabled={props.disabled}
      onClick={onUse}
      onKeyDown={(e) => {
        if (["ArrowDown", "ArrowUp"].includes(e.key)) {
          e.preventDefault();
          onUse?.();
        }
      }}
      className={cn(
        "inline-flex w-full min-w-0 items-center justify-between gap-2 rounded-md border border-border bg-bg px-3 text-left text-sm",
        "focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent",
        "disabled:cursor-not-allowed disabled:opacity-60",
        props.size === "sm" ? "h-8" : "h-10",
        props.className,
      )}
    >
      <span className="truncate">{shown}</span>
      <ChevronDown className="size-4 shrink-0 text-muted" aria-hidden />
    </button>
  );
}

// Radix Select and its positioning (~20 kB compressed) are fetched on first use, not with the
// page: a members list shows one or two selects per row and most visits change none.
const RealSelect = lazy(() =>
  import("@/components/ui/select").then((m) => ({ default: m.Select })),
);

/** The kit's Select, loaded when first opened; it then opens at once where it was clicked. */
export function LazySelect(props: Props) {
  const [used, setUsed] = useState(false);
  if (!used) return <StandIn props={props} onUse={() => setUsed(true)} />;
  return (
    <Suspense fallback={<StandIn props={props} />}>
      <RealSelect {...props} defaultOpen />
    </Suspense>
  );
}
