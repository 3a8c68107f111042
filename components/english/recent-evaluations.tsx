import Link from "next/link";
import { Card } from "@/components/ui/card";
import { timeAgo } from "@/components/ui/format";
import type { Dashboard } from "@/server/xel/course-schemas";

/** The learner's last evaluations, from tasks, /english/evaluate and Live alike. */
export function RecentEvaluations({ items }: { items: Dashboard["recent_evaluations"] }) {
  return (
    <Card>
      <h2 className="mb-3 font-semibold">Recent evaluations</h2>
      {items.length === 0 ? (
        <p className="text-sm text-muted">
          None yet:{" "}
          <Link href="/english/evaluate" className="text-accent underline">
            evaluate a text
          </Link>
          , answer a writing or speaking task, or evaluate a Live transcript.
        </p>
      ) : (
        <ul className="divide-y divide-border" data-testid="recent-evaluations">
          {items.map((e) => (
            <li key={e.evaluation_id} className="flex items-center gap-3 py-2 text-sm">
              <span className="min-w-0 flex-1 truncate capitalize">
                {e.skill}
                {e.task_id ? " task" : ""}
              </span>
              <span className="text-muted">
                {e.status === "scored"
                  ? `${e.overall?.toFixed(1)} of 5 · ${e.cefr_level}`
                  : "too short to score"}
              </span>
              <span className="hidden w-24 text-right text-xs text-muted sm:inline">
                {timeAgo(e.created_at)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
