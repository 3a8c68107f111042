import { Card } from "@/components/ui/card";
import type { LiveQuotaResponse } from "@/server/live/schemas";

/** 95 → "1:35"; 3725 → "1:02:05". */
export function clockText(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

export function QuotaSummary({ quota, loading }: { quota?: LiveQuotaResponse; loading: boolean }) {
  if (loading || !quota) return <Card aria-busy="true" className="h-24 animate-pulse" />;
  const used = quota.quota_seconds === 0 ? 1 : quota.used_seconds / quota.quota_seconds;
  const resets = new Date(quota.period_end).toLocaleDateString(undefined, {
    month: "long",
    day: "numeric",
  });
  return (
    <Card className="flex flex-col gap-2" data-testid="live-quota">
      <div className="flex items-baseline justify-between gap-2">
        <span className="shrink-0 font-medium">This month</span>
        <span className="text-right text-sm text-muted">
          <span data-testid="live-quota-remaining">{clockText(quota.remaining_seconds)}</span> of{" "}
          {clockText(quota.quota_seconds)} left · resets {resets}
        </span>
      </div>
      <div
        className="h-2 overflow-hidden rounded-full bg-surface"
        role="progressbar"
        aria-label="Live time used this month"
        aria-valuemin={0}
        aria-valuemax={quota.quota_seconds}
        aria-valuenow={quota.used_seconds}
      >
        <div className="h-full bg-accent" style={{ width: `${Math.min(100, used * 100)}%` }} />
      </div>
      {quota.remaining_seconds === 0 && (
        <p className="text-sm text-danger">You have used this month&apos;s Live time.</p>
      )}
    </Card>
  );
}
