"use client";

import { ChevronDown } from "lucide-react";
import { lazy, Suspense, useState, type ComponentProps } from "react";
import type { Select as SelectType } from "./select";
import { selectTriggerClass } from "./select-trigger";

type Props = Omit<ComponentProps<typeof SelectType>, "defaultOpen">;

const load = () => import("./select").then((m) => ({ default: m.Select }));
// Radix Select and its positioning (~17 kB compressed) are fetched when a select is first
// pointed at, focused or used, not with the page: a list can show a select on every row, and most
// visits change none. Once fetched, every stand-in on the page swaps in at once when used.
const RealSelect = lazy(load);
let preloaded: Promise<unknown> | null = null;
const preload = () => {
  preloaded ??= load();
};

/** Radix's trigger opens on these keys; the stand-in hands them over the same way. */
const OPEN_KEYS = [" ", "Enter", "ArrowUp", "ArrowDown"];

/**
 * The closed select as Radix renders it (a combobox button showing the chosen label), without
 * Radix. Opening it the way Radix's trigger opens (mouse down, a tap, or an opening key) mounts
 * the real select already open, so the gesture that opened the stand-in opens the real one.
 */
function StandIn({ props, onOpen }: { props: Props; onOpen?: () => void }) {
  const shown = props.options.find((o) => o.value === props.value)?.label ?? "";
  return (
    <button
      type="button"
      role="combobox"
      aria-label={props.label}
      aria-expanded={false}
      // Nothing to control while closed: Radix's closed trigger, likewise, names no content.
      aria-controls={undefined}
      aria-autocomplete="none"
      data-state="closed"
      data-testid={props.testId}
      disabled={props.disabled}
      className={selectTriggerClass(props.size ?? "md", props.className)}
      onPointerEnter={preload}
      onFocus={preload}
      onPointerDown={(event) => {
        preload();
        // As Radix: a mouse opens on press (and keeps focus where it was); touch and pen on click.
        if (event.button === 0 && !event.ctrlKey && event.pointerType === "mouse") {
          event.preventDefault();
          onOpen?.();
        }
      }}
      onClick={(event) => {
        if ((event.nativeEvent as PointerEvent).pointerType !== "mouse") onOpen?.();
      }}
      onKeyDown={(event) => {
        if (OPEN_KEYS.includes(event.key)) {
          event.preventDefault();
          onOpen?.();
        }
      }}
    >
      <span className="truncate">{shown}</span>
      <ChevronDown className="size-4 shrink-0 text-muted" aria-hidden />
    </button>
  );
}

/** The kit's Select, fetched on first use; until then a stand-in that looks and reads the same. */
export function LazySelect(props: Props) {
  const [used, setUsed] = useState(false);
  if (!used) return <StandIn props={props} onOpen={() => setUsed(true)} />;
  return (
    <Suspense fallback={<StandIn props={props} />}>
      <RealSelect {...props} defaultOpen />
    </Suspense>
  );
}
