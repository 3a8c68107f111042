import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "./cn";

/** What an empty list says: what would be here, and what to do next. */
export function EmptyState({
  icon: Icon,
  title,
  children,
  action,
  className,
  testId,
}: {
  icon: LucideIcon;
  title: string;
  children: ReactNode;
  action?: ReactNode;
  className?: string;
  testId?: string;
}) {
  return (
    <div
      className={cn(
        "flex flex-col items-center gap-2 rounded-lg border border-dashed border-border px-6 py-12 text-center",
        className,
      )}
      data-testid={testId}
    >
      <span className="mb-1 grid size-10 place-items-center rounded-full bg-surface">
        <Icon className="size-5 text-muted" aria-hidden />
      </span>
      <h2 className="font-semibold">{title}</h2>
      <div className="max-w-sm text-sm text-muted">{children}</div>
      {action && <div className="mt-3">{action}</div>}
    </div>
  );
}
