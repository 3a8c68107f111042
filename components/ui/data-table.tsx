import type { ReactNode } from "react";

/**
 * A table that scrolls sideways inside its own box on narrow screens. `relative` keeps
 * absolutely positioned content (the sr-only column titles) inside the scroll box, so the page
 * itself never scrolls sideways.
 */
export function DataTable({
  columns,
  children,
  testId,
}: {
  /** Column titles; an empty one is an actions column, named for screen readers only. */
  columns: string[];
  children: ReactNode;
  testId?: string;
}) {
  return (
    <div className="relative min-w-0 overflow-x-auto rounded-lg border border-border">
      <table className="w-full text-sm" data-testid={testId}>
        <thead className="bg-surface text-left text-xs text-muted uppercase">
          <tr>
            {columns.map((title, i) => (
              <th key={i} className="px-4 py-2 font-medium">
                {title || <span className="sr-only">Actions</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-border">{children}</tbody>
      </table>
    </div>
  );
}
