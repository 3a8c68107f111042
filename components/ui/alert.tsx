import { AlertCircle, CheckCircle2 } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "./cn";

export function Alert({
  tone = "danger",
  children,
  className,
  ...props
}: {
  tone?: "danger" | "success";
  children: ReactNode;
  className?: string;
  "data-testid"?: string;
}) {
  const Icon = tone === "danger" ? AlertCircle : CheckCircle2;
  return (
    <div
      role={tone === "danger" ? "alert" : "status"}
      className={cn(
        "flex items-start gap-2 rounded-md px-3 py-2 text-sm",
        tone === "danger" ? "bg-danger-soft text-danger" : "bg-accent-soft text-fg",
        className,
      )}
      {...props}
    >
      <Icon className="mt-0.5 size-4 shrink-0" aria-hidden />
      <div>{children}</div>
    </div>
  );
}
