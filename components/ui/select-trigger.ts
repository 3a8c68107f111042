import { cn } from "./cn";

/** The closed select's look, shared by the Radix trigger and its stand-in (see LazySelect). */
export function selectTriggerClass(size: "sm" | "md", className?: string): string {
  return cn(
    "inline-flex w-full min-w-0 items-center justify-between gap-2 rounded-md border border-border bg-bg px-3 text-left text-sm",
    "focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent",
    "disabled:cursor-not-allowed disabled:opacity-60 data-[placeholder]:text-muted",
    size === "sm" ? "h-8" : "h-10",
    className,
  );
}
