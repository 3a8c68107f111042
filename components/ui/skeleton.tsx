import type { HTMLAttributes } from "react";
import { cn } from "./cn";

/** A grey block that pulses where content is loading; size it with classes (h-4 w-32 …). */
export function Skeleton({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return (
    <div
      aria-hidden
      className={cn("animate-skeleton rounded-md bg-border/70", className)}
      {...props}
    />
  );
}

/**
 * A loading list shaped like the rows to come (a title line and a detail line each), announced
 * once to screen readers as `label`.
 */
export function SkeletonList({
  rows = 3,
  label = "Loading",
  className,
  testId,
}: {
  rows?: number;
  label?: string;
  className?: string;
  testId?: string;
}) {
  return (
    <div
      role="status"
      aria-busy="true"
      aria-label={label}
      data-testid={testId}
      className={cn("divide-y divide-border rounded-lg border border-border", className)}
    >
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="flex items-center gap-4 px-4 py-3.5">
          <div className="flex flex-1 flex-col gap-2">
            <Skeleton className="h-4 w-1/3" />
            <Skeleton className="h-3 w-1/2" />
          </div>
          <Skeleton className="h-8 w-20" />
        </div>
      ))}
    </div>
  );
}

/** A loading card of about the height of the form or panel that will replace it. */
export function SkeletonCard({
  className,
  label = "Loading",
}: {
  className?: string;
  label?: string;
}) {
  return (
    <div
      role="status"
      aria-busy="true"
      aria-label={label}
      className={cn("flex flex-col gap-4 rounded-lg border border-border p-6", className)}
    >
      <Skeleton className="h-5 w-40" />
      <Skeleton className="h-10 w-full max-w-md" />
      <Skeleton className="h-10 w-full max-w-md" />
      <Skeleton className="h-10 w-28" />
    </div>
  );
}
